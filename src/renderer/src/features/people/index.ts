export { PeopleSection } from './PeopleSection';
export { AddColleagueInline } from './AddColleagueInline';
export { useColleagues } from './useColleagues';
