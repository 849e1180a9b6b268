import type { FountainScript } from '../types.js';

/**
 * A one-line-per-element summary of a parse, for fixture expectations that read like
 * a screenplay outline: `CHARACTER ANNA [CONT'D] dual=left`.
 */
export const outline = (script: FountainScript): string[] => [
  ...script.titlePage.map((field) => `TITLE ${field.key}: ${JSON.stringify(field.value)}`),
  ...script.elements.map((element) => {
    const notes = element.notes ? ` notes=${JSON.stringify(element.notes)}` : '';
    switch (element.type) {
      case 'scene_heading':
        return `HEADING ${element.intExt ?? '-'} | ${element.location} | ${element.timeOfDay} | #${element.sceneNumber}${element.forced ? ' forced' : ''}${notes}`;
      case 'character':
        return `CHARACTER ${element.name} [${element.extensions.join(', ')}]${element.forced ? ' forced' : ''}${element.dual ? ` dual=${element.dual}` : ''}${notes}`;
      case 'section':
        return `SECTION(${element.depth}) ${element.text}${notes}`;
      case 'page_break':
        return `PAGE_BREAK${notes}`;
      case 'action':
      case 'transition':
        return `${element.type.toUpperCase()}${element.forced ? ' forced' : ''} ${JSON.stringify(element.text)}${notes}`;
      default:
        return `${element.type.toUpperCase()} ${JSON.stringify(element.text)}${notes}`;
    }
  }),
];
