/** Ungraded publications (seeds/events.json): validated, bundled and decoded unchanged. */
import { describe, expect, it } from 'vitest';
import { decodeDataset, encodeDataset } from '../../lib/data/bundle';
import { assembleDataset } from '../../lib/data/validate';
import { loadSeeds } from '../../tools/data/load';
import { fixtureContents } from './fixtures';

const visit = {
  authority: 'brackenshire',
  kind: 'focused_visit',
  published: '2024-06-12',
  url: 'https://files.ofsted.gov.uk/v1/file/50250001',
};

describe('events', () => {
  it('survive the compact bundle exactly', () => {
    const dataset = assembleDataset({ ...fixtureContents(), events: { file: 'seeds/events.json', json: { events: [visit] } } });
    expect(dataset.events).toEqual([visit]);
    expect(decodeDataset(JSON.parse(JSON.stringify(encodeDataset(dataset))))).toEqual(dataset);
  });

  it('fail validation naming the file, the event and the field', () => {
    const bad = [
      { ...visit, authority: 'nowhere' },
      { ...visit, kind: 'graded_visit', url: 'https://files.ofsted.gov.uk/v1/file/2' },
    ];
    const attempt = () => assembleDataset({ ...fixtureContents(), events: { file: 'seeds/events.json', json: { events: bad } } });
    expect(attempt).toThrow('seeds/events.json: record "nowhere focused_visit 2024-06-12" field authority: unknown authority "nowhere"');
    expect(attempt).toThrow(/seeds\/events\.json: record "#1" field kind: /);
  });

  it('are in the committed seeds (empty until the first refresh with internet access)', () => {
    expect(loadSeeds('seeds').events).toBeDefined();
  });
});
