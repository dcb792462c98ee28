export { PeopleSection } from './PeopleSection';
export { AddColleagueInline } from './AddColleagueInline';
