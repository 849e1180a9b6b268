import { describe, expect, it } from 'vitest';
import { isTimeOfDay, readHeadingPlace } from './places.js';

// Headings as writers outside our corpus type them (The Last Birthday Card, The Library Freak-Out, Cyber Bob).
describe('a heading place written as others write it', () => {
  it('reads the time after a comma, as after a dash', () => {
    expect(readHeadingPlace('SAN FRANCISCO APARTMENT, DAY', '')).toMatchObject({ parts: ['SAN FRANCISCO APARTMENT'], timeOfDay: 'DAY' });
    expect(readHeadingPlace('RM 412, SAME', '')).toMatchObject({ parts: ['RM 412'], timeOfDay: 'SAME' });
    expect(readHeadingPlace("SCOTT'S APARTMENT, TWO DAYS LATER", '')).toMatchObject({ parts: ["SCOTT'S APARTMENT"], timeOfDay: 'TWO DAYS LATER' });
    expect(readHeadingPlace("NAK'S HOUSE, CONTINUED", '')).toMatchObject({ parts: ["NAK'S HOUSE"], timeOfDay: 'CONTINUED' });
    expect(readHeadingPlace('MARIN HILLSIDE, THE NEXT DAY', '')).toMatchObject({ parts: ['MARIN HILLSIDE'], timeOfDay: 'THE NEXT DAY' });
  });

  it('keeps a comma that joins the parts of a place', () => {
    expect(readHeadingPlace("HALLWAY, SCOTT'S APARTMENT BUILDING, A MOMENT LATER", '')).toMatchObject({
      parts: ["HALLWAY, SCOTT'S APARTMENT BUILDING"],
      timeOfDay: 'A MOMENT LATER',
    });
    expect(readHeadingPlace('SOUTHERN EXPOSURE GALLERY, SOUTH OF MARKET', '')).toMatchObject({ parts: ['SOUTHERN EXPOSURE GALLERY, SOUTH OF MARKET'], timeOfDay: '' });
  });

  it("sets a vehicle's state after a comma apart from the vehicle", () => {
    expect(readHeadingPlace('LANDCRUISER, DRIVING', 'A BIT LATER')).toMatchObject({ set: ['LANDCRUISER'], timeOfDay: 'A BIT LATER' });
  });

  it('splits at a doubled hyphen or a dash typed without spaces, never at a hyphen', () => {
    expect(readHeadingPlace('LIBRARY--DAY', '')).toMatchObject({ parts: ['LIBRARY'], timeOfDay: 'DAY' });
    expect(readHeadingPlace('TRAFFIC LIGHT HORIZONTAL BEAM\u2014NIGHT', '')).toMatchObject({ parts: ['TRAFFIC LIGHT HORIZONTAL BEAM'], timeOfDay: 'NIGHT' });
    expect(readHeadingPlace('SEMI-DETACHED HOUSE', 'NIGHT')).toMatchObject({ parts: ['SEMI-DETACHED HOUSE'], timeOfDay: 'NIGHT' });
  });

  it('reads a floor or a street number as a place, a year or a clock time as a time', () => {
    expect(readHeadingPlace('HOSPITAL - 3RD FLOOR', 'NIGHT')).toMatchObject({ parts: ['HOSPITAL', '3RD FLOOR'], timeOfDay: 'NIGHT' });
    expect(readHeadingPlace('DINER - 42ND STREET', '')).toMatchObject({ parts: ['DINER', '42ND STREET'], timeOfDay: '' });
    expect(['1985', '1970S', '10:30', '9 AM', '(FLASHBACK)'].every(isTimeOfDay)).toBe(true);
    expect(['3RD FLOOR', '12TH STREET', '221B BAKER STREET', '4 PRIVET DRIVE'].some(isTimeOfDay)).toBe(false);
  });
});
