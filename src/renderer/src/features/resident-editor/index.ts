// Editing a resident's details: used from the resident's page and from a case's resident card.
export { ResidentEditor, type ResidentEditorProps } from './ResidentEditor';
