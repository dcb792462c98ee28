// Writes the letter's blocks (docx's Paragraph, Table and ImageRun) as XML text. The lists they
// use are gathered in one docx Numbering and their pictures in one Media, so the parts that hold
// them can be given the lists and pictures afterwards, with ids the template does not use.
import { Media, Numbering, type XmlComponent } from 'docx';
import { LIST_NUMBERING } from './blocks';
import { xmlText } from './xmlText';

export interface BlockWriter {
  numbering: Numbering;
  media: Media;
  xmlOf(children: readonly XmlComponent[]): string;
}

export function blockWriter(): BlockWriter {
  const numbering = new Numbering(LIST_NUMBERING);
  const media = new Media();
  // Nothing Redress writes adds relationships of its own (no links); pictures are related after.
  const context = {
    file: { Numbering: numbering, Media: media },
    viewWrapper: { Relationships: { addRelationship: () => undefined } },
    stack: [],
  };
  const xmlOf = (children: readonly XmlComponent[]) =>
    children
      .map((child) => {
        const prepared = child.prepForXml(context as never);
        return prepared ? xmlText(prepared as Record<string, unknown>) : '';
      })
      .join('');
  return { numbering, media, xmlOf };
}
