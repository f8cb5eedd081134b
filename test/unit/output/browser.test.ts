import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, NoBrowserError } from '../../../electron/services/export-browser';

describe('finding a browser to print with', () => {
  it('looks for Chrome and Edge where Windows installs them', () => {
    const env = {
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
    };
    const list = browserCandidates(env, 'win32').map((p) => p.replace(/\//g, '\\'));
    expect(list).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(list).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(list).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('looks in /Applications on macOS and puts CHROMIUM_PATH first', () => {
    expect(browserCandidates({}, 'darwin')).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(browserCandidates({ CHROMIUM_PATH: '/opt/c' }, 'linux')[0]).toBe('/opt/c');
  });

  it('finds Debian Chromium here and names every place it looked when there is none', () => {
    expect(findBrowser({}, 'linux')).toBe('/usr/bin/chromium');
    expect(() => findBrowser({}, 'darwin')).toThrow(NoBrowserError);
    expect(() => findBrowser({}, 'darwin')).toThrow(/Google Chrome\.app/);
    expect(() => findBrowser({ CHROMIUM_PATH: '/no/such' }, 'linux')).toThrow(/CHROMIUM_PATH: no such file/);
  });
});
