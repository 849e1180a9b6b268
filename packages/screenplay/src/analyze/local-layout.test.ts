import { describe, expect, it } from 'vitest';
import { exportFountain } from '../export/export-fountain.js';
import { importScreenplay } from '../import/import-screenplay.js';
import { fountainFixture, FIXTURES } from '../testing/scripts.js';
import { analyzeScreenplay } from './analyze.js';
import { readLocalLayout } from './local-layout.js';

const japanese = [
  '蛍の部屋',
  '',
  '登場人物',
  '　葵（34）　看護師',
  '',
  '1 ○ アパート・葵の部屋（夜）',
  '　　葵が座り込んでいる。',
  '看板「営業中」が風に揺れる。',
  '葵「ただいま……」',
  '陽太（電話）「お母さん、',
  '　蛍がいない」',
  '葵（小声で）「そう」',
  '大家の声「夏の間だけだよ」',
  '',
  '◯線路沿いの道（夕方）',
  '　　電車が通り過ぎる。',
].join('\n');

const korean = [
  '편의점의 밤',
  '',
  'S#1. 편의점 / 밤',
  '계산대 뒤에서 준호(24)가 졸고 있다.',
  '준호: (벌떡 일어나며) 어서 오세요!',
  '',
  '#2. 편의점 앞 (밤)',
  '은서 오랜만이야.',
  '은서 전화했는데.',
  '준호가 대답하지 못한다.',
  '엄마(F): 밥은?',
].join('\n');

describe('a script in its own layout', () => {
  it('reads a Japanese script’s ○ headings, 名前「台詞」 lines (over two lines too) and ト書き (quoting a sign too) as scenes, speech and action', () => {
    const [first, second] = analyzeScreenplay(japanese).scenes;
    expect([first?.sceneNumber, first?.intExt, first?.locationName, first?.timeOfDay, first?.line]).toEqual(['1', 'INT', 'アパート - 葵の部屋', '夜', 6]);
    expect(first?.scriptText).toBe(
      ['葵が座り込んでいる。', '', '看板「営業中」が風に揺れる。', '', '葵', 'ただいま……', '', '陽太 (ON PHONE)', 'お母さん、', '蛍がいない', '', '葵', '(小声で)', 'そう', '', '大家 (O.S.)', '夏の間だけだよ'].join('\n'),
    );
    expect([second?.intExt, second?.locationName, second?.timeOfDay, second?.scriptText]).toEqual(['EXT', '線路沿いの道', '夕方', '電車が通り過ぎる。']);
    const analysis = analyzeScreenplay(japanese);
    expect(analysis.title).toBe('蛍の部屋');
    expect(analysis.characters.map((character) => character.name)).toEqual(['葵', '陽太', '大家']);
    // The cast list before the first scene is the title page's, not stray text.
    expect(analysis.warnings).toEqual([]);
  });

  it('reads Ｎ「…」 (and ナレーション, Ｎ（声）) as the narrator heard over the scene, not a character called Ｎ; 健太（Ｎ） narrates as himself', () => {
    const analysis = analyzeScreenplay(
      ['○ 海辺の町・全景（夕方）', '　　夕日。', 'Ｎ「昭和四十年、夏」', 'Ｎ（声）「健太が映画に恋をした夜だった」', 'ナレーション（静かに）「三十年が過ぎた」', '健太（Ｎ）「覚えている」'].join('\n'),
    );
    expect(analysis.scenes[0]?.scriptText).toBe(
      ['夕日。', '', 'ナレーター (V.O.)', '昭和四十年、夏', '', 'ナレーター (V.O.)', '健太が映画に恋をした夜だった', '', 'ナレーター (V.O.)', '(静かに)', '三十年が過ぎた', '', '健太 (V.O.)', '覚えている'].join('\n'),
    );
    expect(analysis.characters.map((character) => character.name)).toEqual(['ナレーター', '健太']);
  });

  it('reads inside or outside from the innermost part of a place: a harbour town’s cinema auditorium is inside, its front and the town seen whole outside', () => {
    const scenes = analyzeScreenplay(['○ 海辺の町・全景（夕方）', '夕日。', '○ 港町シネマ・表（夕方）', '看板。', '○ 港町シネマ・客席（夜）', '健太「すげえ」', '○ 公園・ベンチ（朝）', '鳩。'].join('\n')).scenes;
    expect(scenes.map((scene) => [scene.locationName, scene.intExt])).toEqual([
      ['海辺の町 - 全景', 'EXT'],
      ['港町シネマ - 表', 'EXT'],
      ['港町シネマ - 客席', 'INT'],
      ['公園 - ベンチ', 'EXT'],
    ]);
  });

  it('reads a Korean script’s S#12. / #12. headings and 이름: 대사 or 이름 대사 lines; a word with its particle is action', () => {
    const analysis = analyzeScreenplay(korean);
    expect(analysis.scenes.map((scene) => [scene.sceneNumber, scene.intExt, scene.locationName, scene.timeOfDay])).toEqual([
      ['1', 'INT', '편의점', '밤'],
      ['2', 'EXT', '편의점 앞', '밤'],
    ]);
    expect(analysis.scenes[0]?.scriptText).toBe('계산대 뒤에서 준호(24)가 졸고 있다.\n\n준호\n(벌떡 일어나며)\n어서 오세요!');
    expect(analysis.scenes[1]?.scriptText).toBe('은서\n오랜만이야.\n\n은서\n전화했는데.\n\n준호가 대답하지 못한다.\n\n엄마 (FILTERED)\n밥은?');
    expect(analysis.characters.map((character) => character.name)).toEqual(['준호', '은서', '엄마']);
  });

  it('keeps a Korean speech wrapped onto the next lines without its name: set in under it, a sentence going on, a bracket in it', () => {
    const [scene] = analyzeScreenplay(
      [
        'S#1. 버스 정류장 / 밤',
        '비가 온다. 은서(24)가 서 있다.',
        '준호: 은서야, 잠깐만.',
        '      할 말이 있어.',
        '은서: 뭔데.',
        '준호: 그때는 내가 너무 어려서',
        '그랬던 것 같아.',
        '은서가 돌아선다.',
        '준호: 미안해.',
        '(사이) 정말로.',
        '은서: 늦었어.',
        '정적.',
      ].join('\n'),
    ).scenes;
    expect(scene?.scriptText).toBe(
      [
        '비가 온다. 은서(24)가 서 있다.',
        '',
        '준호', '은서야, 잠깐만.', '할 말이 있어.',
        '',
        '은서', '뭔데.',
        '',
        '준호', '그때는 내가 너무 어려서', '그랬던 것 같아.',
        '',
        '은서가 돌아선다.',
        '',
        '준호', '미안해.', '(사이)', '정말로.',
        '',
        '은서', '늦었어.',
        '',
        '정적.',
      ].join('\n'),
    );
    // A script that sets its action in: a line under a speech that reads as action (ending 다) is action still.
    const [roof] = analyzeScreenplay(['S#2. 옥상 / 새벽', '    바람이 분다.', '준호: 추워.', '    은서가 코트를 벗어 준다.', '준호: 너는,', '    안 추워?'].join('\n')).scenes;
    expect(roof?.scriptText).toBe(['바람이 분다.', '', '준호', '추워.', '', '은서가 코트를 벗어 준다.', '', '준호', '너는,', '안 추워?'].join('\n'));
  });

  it('places warnings on the lines of the script as written', () => {
    const { warnings } = analyzeScreenplay('S#1. 방 / 밤\n준호: 응.\n\nS#1. 길 / 밤\n준호: 가.');
    expect(warnings.map((warning) => [warning.code, warning.line])).toEqual([['scene_number_duplicate', 4]]);
  });

  it('never reads Fountain or the screenplay layout as one, the corpus’s Japanese and Korean shorts included', () => {
    for (const name of FIXTURES) expect([name, readLocalLayout(fountainFixture(name))]).toEqual([name, null]);
    expect(readLocalLayout('# ACT ONE\n\n.THE VOID\n\nANNA\n「はい」')).toBeNull();
    expect(readLocalLayout('#1. Opening\n\n= Anna wakes.\n\nANNA: Hello.')).toBeNull();
    expect(readLocalLayout('INT. 駅 - 朝\n\n○ 駅\n\n葵「はい」')).toBeNull();
  });

  it('exports as Fountain with its title page, and imports back to the same scenes', () => {
    const { document } = importScreenplay(japanese);
    const fountain = exportFountain(document);
    expect(fountain.startsWith('Title: 蛍の部屋\nNotes:')).toBe(true);
    const again = analyzeScreenplay(fountain);
    expect(again.scenes.map((scene) => [scene.locationName, scene.scriptText])).toEqual(analyzeScreenplay(japanese).scenes.map((scene) => [scene.locationName, scene.scriptText]));
  });
});
