// Debian's Chromium for the Node-side browser checks (dist tests, story check, benchmark), launched the same way
// everywhere: as root it needs --no-sandbox, and no DNS lookups of Google's hosts leave this machine.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}
