// Performance reporting: the measures, the cases behind each figure, the month-by-month figures,
// the themes and the homes owned per year. The dashboard and the reports call these.
export { measures, measuresNow } from './measures';
export { reportCases } from './reportCases';
export { monthlyFigures, themes, type PeriodInput } from './monthly';
export { homesByYear, homesFor, setHomes } from './homes';
export { openComplaints } from './openSql';
export { settlePendingReportStages } from './stageFacts';
