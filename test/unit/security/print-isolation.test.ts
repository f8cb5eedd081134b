/**
 * A print document is static HTML turned into a PDF by a local Chromium. One that carries a
 * script (from a hand-made request, or text that escaped somewhere) must not run it, must not
 * reach the network over WebRTC (UDP, which no request filter sees) or plain HTTP. Checked
 * with the real printer: the PDF's text shows whether the script ran, and a UDP and an HTTP
 * listener on 127.0.0.1 show whether anything left the page.
 */
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags } from '../../../electron/services/export-browser';
import { chromiumPrinter } from '../../../electron/services/export-pdf';
import { keep, pdfText } from '../output/pdf-tools';

let udp: Socket;
let http: Server;
const udpPackets: string[] = [];
const httpRequests: string[] = [];
const printer = chromiumPrinter({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });

beforeAll(async () => {
  udp = createSocket('udp4');
  udp.on('message', (_msg, from) => udpPackets.push(`${from.address}:${from.port}`));
  await new Promise<void>((ok) => udp.bind(0, '127.0.0.1', ok));
  http = createServer((req, res) => {
    httpRequests.push(req.url ?? '');
    res.end();
  });
  await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
});
afterAll(async () => {
  await printer.close();
  udp.close();
  http.close();
});

function hostileDocument(): string {
  const stun = `stun:127.0.0.1:${udp.address().port}`;
  const web = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${web}/style.css"></head><body>
<p id="flag">script-stayed-off</p>
<img src="${web}/pixel.png" onerror="document.getElementById('flag').textContent = 'handler-ran'">
<script>
  document.getElementById('flag').textContent = 'script-ran';
  const pc = new RTCPeerConnection({ iceServers: [{ urls: '${stun}' }] });
  pc.createDataChannel('leak');
  pc.createOffer().then((offer) => pc.setLocalDescription(offer));
  fetch('${web}/fetch');
</script>
</body></html>`;
}

describe('print isolation', () => {
  it('a print document with a script and an RTCPeerConnection: nothing runs, nothing leaves', async () => {
    const pdf = await printer.pdf(hostileDocument());
    const text = pdfText(keep('print-isolation.pdf', pdf, 0));
    expect(text).toContain('script-stayed-off');
    expect(text).not.toMatch(/script-ran|handler-ran/);
    // A STUN request goes out within milliseconds of the offer; give it ample time.
    await new Promise((ok) => setTimeout(ok, 2000));
    expect(udpPackets).toEqual([]);
    expect(httpRequests).toEqual([]);
  });

  it('the browser itself sends no WebRTC over plain UDP, even where a page may run scripts', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumFlags(),
    });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: hostileDocument() }));
      await page.goto('http://zuoci.print/doc.html');
      expect(await page.textContent('#flag')).toMatch(/-ran$/); // scripts do run on this page
      await page.waitForTimeout(2000);
      expect(udpPackets).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('keeps the browser sandbox unless it runs as root', () => {
    expect(chromiumFlags(1000)).not.toContain('--no-sandbox');
    expect(chromiumFlags(0)).toContain('--no-sandbox');
  });
});
