// Template language: parse, render, and the variables the help panel lists.
export { parseTemplate, type ParsedTemplate, type TemplateError, type TemplatePart, type TextPart, type VariablePart } from './parse';
export { renderTemplate, type RenderResult } from './render';
export { templateVariables, type NoteContext, type VariableName } from './variables';
export { suggestVariable } from './suggest';
export { canInsertNote, templateValidity, templatesWithErrors, type TemplateValidity } from './validity';
export { MIN_KEPT_SHARE, SHORT_NOTE_CHARS, isShortNote, substanceOf, type Substance } from './substance';
