import { describe, expect, it } from 'vitest';
import { parseSceneHeading } from './scene-heading.js';

describe('parseSceneHeading', () => {
  it.each([
    ['INT. KITCHEN - NIGHT', 'INT', 'KITCHEN', 'NIGHT', ''],
    ['EXT BEACH - DAY #4#', 'EXT', 'BEACH', 'DAY', '4'],
    ['INT./EXT. CAR - MOVING - DAY', 'INT/EXT', 'CAR - MOVING', 'DAY', ''],
    ['EXT./INT. SHED', 'INT/EXT', 'SHED', '', ''],
    ['i/e   porch  -  dusk #I-1-A#', 'INT/EXT', 'porch', 'dusk', 'I-1-A'],
    ['EST. CITY SKYLINE - DAWN', 'EST', 'CITY SKYLINE', 'DAWN', ''],
    ['.DREAM SEQUENCE', null, 'DREAM SEQUENCE', '', ''],
    ['INT. ROOM 12-B - DAY', 'INT', 'ROOM 12-B', 'DAY', ''],
    ['EXT. AMBULANCE BAY – NIGHT', 'EXT', 'AMBULANCE BAY', 'NIGHT', ''],
    ['EXT. ROOFTOP -- NIGHT', 'EXT', 'ROOFTOP', 'NIGHT', ''],
    ['INT. HOUSE — HALL - DAY #3#', 'INT', 'HOUSE — HALL', 'DAY', '3'],
    // German writers: INNEN. / AUSSEN. (AUßEN.), both as INNEN/AUSSEN.
    ['INNEN. KÜCHE - NACHT', 'INT', 'KÜCHE', 'NACHT', ''],
    ['AUSSEN. BAHNHOF - TAG', 'EXT', 'BAHNHOF', 'TAG', ''],
    ['AUßEN. WALD - ABEND', 'EXT', 'WALD', 'ABEND', ''],
    ['INNEN/AUSSEN. AUTO - TAG', 'INT/EXT', 'AUTO', 'TAG', ''],
    ['AUSSEN./INNEN. SCHEUNE - NACHT', 'INT/EXT', 'SCHEUNE', 'NACHT', ''],
    // Russian writers: ИНТ. (interior), НАТ. (натура, outside), ИНТ./НАТ.; an em dash before the time.
    ['ИНТ. ВАГОН ЭЛЕКТРИЧКИ — НОЧЬ', 'INT', 'ВАГОН ЭЛЕКТРИЧКИ', 'НОЧЬ', ''],
    ['НАТ. ПЛАТФОРМА — ДЕНЬ', 'EXT', 'ПЛАТФОРМА', 'ДЕНЬ', ''],
    ['ИНТ./НАТ. ВАГОН / ПЛАТФОРМА — НОЧЬ', 'INT/EXT', 'ВАГОН / ПЛАТФОРМА', 'НОЧЬ', ''],
    // Italian INT./EST. (esterno) is both: EST. alone stays EST (an establishing shot), which imports as EXT either way.
    ['INT./EST. MACCHINA - GIORNO', 'INT/EXT', 'MACCHINA', 'GIORNO', ''],
    ['EST. PIAZZA - NOTTE', 'EST', 'PIAZZA', 'NOTTE', ''],
    // A flashback written before the heading is the heading's, as if written after it.
    ['FLASHBACK - INT. CHURCH - DAY', 'INT', 'CHURCH', 'DAY (FLASHBACK)', ''],
    ['DREAM SEQUENCE: EXT. BEACH', 'EXT', 'BEACH', '(DREAM SEQUENCE)', ''],
  ])('%s', (line, intExt, location, timeOfDay, sceneNumber) => {
    expect(parseSceneHeading(line)).toMatchObject({ intExt, location, timeOfDay, sceneNumber });
  });
});
