/** `npm start` finds a browser where people usually have one, and says what to do when there is none. */
import { describe, expect, it } from 'vitest';
import { findBrowser, installHint, mayInstallChromium } from '../../tools/browser/find-browser';

const on =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('browser discovery for npm start', () => {
  it('prefers $CHROMIUM_PATH, and says when it points nowhere', () => {
    expect(
      findBrowser({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, platform: 'linux', exists: on('/opt/my/chrome', '/usr/bin/chromium') }),
    ).toEqual({
      path: '/opt/my/chrome',
      from: 'CHROMIUM_PATH',
    });
    expect(findBrowser({ env: { CHROMIUM_PATH: '/nope' }, platform: 'linux', exists: on('/usr/bin/chromium') })).toEqual({
      path: null,
      missingEnvPath: '/nope',
    });
  });

  it.each([
    ['linux', '/usr/bin/google-chrome-stable'],
    ['linux', '/usr/bin/microsoft-edge'],
    ['linux', '/snap/bin/chromium'],
    ['darwin', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['win32', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
  ])('finds a browser installed where %s usually puts it (%s)', (platform, path) => {
    expect(findBrowser({ env: {}, platform, exists: on(path) })).toEqual({ path, from: 'usual place' });
  });

  it('takes Chromium before Chrome when both are there, and finds nothing on a bare machine', () => {
    expect(findBrowser({ env: {}, platform: 'linux', exists: on('/usr/bin/google-chrome', '/usr/bin/chromium') }).path).toBe(
      '/usr/bin/chromium',
    );
    expect(findBrowser({ env: {}, platform: 'linux', exists: on() })).toEqual({ path: null, missingEnvPath: null });
  });

  it('installs Chromium itself only as root on Debian or Ubuntu; else prints one command', () => {
    expect(mayInstallChromium({ uid: 0, osRelease: 'PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n' })).toBe(true);
    expect(mayInstallChromium({ uid: 0, osRelease: 'ID=linuxmint\nID_LIKE="ubuntu debian"\n' })).toBe(true);
    expect(mayInstallChromium({ uid: 1000, osRelease: 'ID=debian\n' })).toBe(false);
    expect(mayInstallChromium({ uid: 0, osRelease: 'ID=fedora\n' })).toBe(false);
    expect(mayInstallChromium({ uid: undefined, osRelease: null })).toBe(false);
    expect(installHint('linux')).toMatch(/^sudo apt-get install chromium/);
  });
});
