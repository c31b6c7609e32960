/** The release's version and changelog section, as the stores and a reader see them. */
import { describe, expect, it } from 'vitest';
import { compareVersions, releaseVersion } from '../../tools/release/version';
import { changelogSection } from '../../tools/release/changelog';

describe('releaseVersion', () => {
  it('carries the as-of date in four numbers the stores accept', () => {
    expect(releaseVersion('0.2', '2026-12-01')).toBe('0.2.2026.1201');
    expect(releaseVersion('0.2', '2027-01-05')).toBe('0.2.2027.105');
    for (const v of [releaseVersion('0.2', '2026-12-31'), releaseVersion('1.0', '2026-01-01')]) {
      expect(v.split('.').every((n) => /^(0|[1-9]\d*)$/.test(n) && Number(n) <= 65535)).toBe(true);
    }
    expect(compareVersions(releaseVersion('0.2', '2027-01-05'), releaseVersion('0.2', '2026-12-31'))).toBeGreaterThan(0);
    expect(() => releaseVersion('0.2.1', '2026-12-01')).toThrow('must be "major.minor"');
  });
});

describe('changelogSection', () => {
  it('lists the reviewed data changes under the release, then the code changes', () => {
    const section = changelogSection({
      version: '0.2.2026.1120',
      asOf: '2026-11-20',
      today: '2026-12-02',
      dataChanges: '## Data changes (refresh of 2026-12-01)\n\nData up to 20 November 2026.\n\n### New reports (1)\n- Barnet\n',
      commits: ['Cards say how old the data is'],
      since: 'release 0.2.2026.825',
    });
    expect(section).toBe(
      [
        '## 0.2.2026.1120 (2026-12-02)',
        '',
        'Data up to 20 November 2026.',
        '',
        '### Data changes',
        '',
        'Data up to 20 November 2026.\n\n#### New reports (1)\n- Barnet',
        '',
        '### Code changes since release 0.2.2026.825',
        '',
        '- Cards say how old the data is',
        '',
      ].join('\n'),
    );
  });
});
