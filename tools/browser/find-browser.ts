/**
 * Where `npm start` (and the end-to-end harness) looks for a Chromium-family browser:
 * $CHROMIUM_PATH first, then the places Chromium, Google Chrome and Microsoft Edge are
 * usually installed on Linux, macOS and Windows. Pure (file checks are passed in) so the
 * discovery has a unit test.
 */

/** Usual install locations, in the order tried (Chromium first: it takes --load-extension as is). */
export const BROWSER_CANDIDATES: Record<'linux' | 'darwin' | 'win32', readonly string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** The browser to drive, or null when none is found. A set but missing $CHROMIUM_PATH is an error the caller reports. */
export function findBrowser(options: {
  env: Record<string, string | undefined>;
  platform: string;
  exists(path: string): boolean;
}): { path: string; from: 'CHROMIUM_PATH' | 'usual place' } | { path: null; missingEnvPath: string | null } {
  const fromEnv = options.env.CHROMIUM_PATH;
  if (fromEnv) return options.exists(fromEnv) ? { path: fromEnv, from: 'CHROMIUM_PATH' } : { path: null, missingEnvPath: fromEnv };
  const list = BROWSER_CANDIDATES[options.platform as keyof typeof BROWSER_CANDIDATES] ?? BROWSER_CANDIDATES.linux;
  const found = list.find((path) => options.exists(path));
  return found ? { path: found, from: 'usual place' } : { path: null, missingEnvPath: null };
}

/** Whether `npm start` may install Chromium itself: running as root on Debian or Ubuntu (as CI does). */
export function mayInstallChromium(options: { uid: number | undefined; osRelease: string | null }): boolean {
  if (options.uid !== 0 || !options.osRelease) return false;
  const ids = /^(?:ID|ID_LIKE)=(.*)$/gm;
  for (let m = ids.exec(options.osRelease); m; m = ids.exec(options.osRelease)) {
    if (/\b(debian|ubuntu)\b/.test(m[1]!.replace(/"/g, ''))) return true;
  }
  return false;
}

/** The one command a user runs to get Chromium where `npm start` may not install it. */
export function installHint(platform: string): string {
  if (platform === 'darwin') return 'brew install --cask chromium   (or install Google Chrome), or set CHROMIUM_PATH';
  if (platform === 'win32') return 'winget install Google.Chrome   (or set CHROMIUM_PATH)';
  return 'sudo apt-get install chromium   (or set CHROMIUM_PATH to your Chrome, Chromium or Edge)';
}
