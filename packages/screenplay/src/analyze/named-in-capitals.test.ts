import { describe, expect, it } from 'vitest';
import { analyzeScreenplay } from './analyze.js';
import { readNamedInCapitals } from './named-in-capitals.js';

describe('people introduced in capitals without an age in parentheses', () => {
  it('reads a name where a person stands and acts, as writers introduce most people', () => {
    expect(readNamedInCapitals('The door bangs open. CERYS, soaked to the skin, bursts in.')).toEqual(['CERYS']);
    expect(readNamedInCapitals('Behind the bar, OWEN polishes a glass he has already polished twice.')).toEqual(['OWEN']);
    expect(readNamedInCapitals('Her brother DAI sits alone in the corner booth.')).toEqual(['DAI']);
    expect(readNamedInCapitals('DETECTIVE HOLLIS slowly turns. Then MARY-KATE is gone.')).toEqual(['DETECTIVE HOLLIS', 'MARY-KATE']);
    // An age after a comma says a person wherever the name stands, an article dropped.
    expect(readNamedInCapitals('Two COPS drag GETHIN, 20s, bloodied, out of the cellar. LEO, 8, in pyjamas, watches.')).toEqual(['GETHIN', 'LEO']);
    expect(readNamedInCapitals("DICK STEEL, his former partner and fellow retiree, emerges with two beers.")).toEqual(['DICK STEEL']);
  });

  it('does not make a person of a sound, the weather, on-screen text, an acronym, a thing, a kind or a sentence in capitals', () => {
    const notPeople = [
      'Rain hammers the promenade. THUNDER rolls in off the Channel.',
      'SUPER: "Porthcawl, 1987."',
      'BANG. The van door slams. SILENCE, then a knock.',
      'CCTV was never going to be a thing in here. The FBI raids the flat. NYPD has no record.',
      'A lone MOTORBIKE tears past. A SCOOTER pulls up. The ferry MERIDIAN waits. Out in the fog, the MARISOL turns away.',
      'Her phone BUZZES. An ambulance SCREECHES in. The radio PLAYS softly.',
      'The BARTENDER watches. Two COPS drag him out. UNIFORMS hold back a small crowd.',
      'THE DOOR SLAMS. WE HEAR HER SCREAM.',
      'They talk about DEREK while the kettle boils.',
    ];
    for (const action of notPeople) expect(readNamedInCapitals(action), action).toEqual([]);
  });

  it('casts a silent person where named, and a speaker’s full name is their alias, not a second person', () => {
    const analysis = analyzeScreenplay(
      [
        'INT. THE ANCHOR - NIGHT',
        '',
        'Behind the bar, OWEN polishes a glass. BRICK BRADDOCK, retired, is sitting by the fire.',
        '',
        'BRICK',
        'Last orders.',
        '',
        'EXT. CAR PARK - NIGHT',
        '',
        'Owen locks up. Brick waits by the van.',
        '',
        'BRICK',
        'Night.',
      ].join('\n'),
    );
    expect(analysis.characters.map(({ name, aliases, cues }) => ({ name, aliases, cues }))).toEqual([
      { name: 'BRICK', aliases: ['BRICK BRADDOCK'], cues: 2 },
      { name: 'OWEN', aliases: [], cues: 0 },
    ]);
    expect(analysis.scenes.map(({ speakers, mentioned }) => ({ speakers, mentioned }))).toEqual([
      { speakers: ['BRICK'], mentioned: ['OWEN'] },
      { speakers: ['BRICK'], mentioned: ['OWEN'] },
    ]);
  });
});
