// What a letter section's editor can hold: paragraphs, one level of bullet points, bold and italic
// — exactly what RichText stores. Everything else StarterKit offers is switched off, so a pasted
// heading or table arrives as plain paragraphs instead of something the letter cannot print.
import StarterKit from '@tiptap/starter-kit';

export const EDITOR_EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    dropcursor: false,
    gapcursor: false,
    hardBreak: false,
    heading: false,
    horizontalRule: false,
    link: false,
    orderedList: false,
    strike: false,
    underline: false,
  }),
];
