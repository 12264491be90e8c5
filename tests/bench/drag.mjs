// Drag benchmark in Chromium (not a test; prints figures): how long one pointer move
// takes while a person is dragged. Every move re-lays out the family around the
// pinned person, rebuilds the scene and updates the canvas (keyed, only changed
// items), so this is what a user feels. Needs the release build in dist/.
// Run: node tests/bench/drag.mjs
//
// Each step dispatches one pointermove and waits for the next animation frame and a
// task after it, so the figure holds the reactive updates, the canvas patches and the
// browser's style, layout and paint of what moved: the time until the move is on
// screen. (A bare setTimeout(0) loop would hit the 4 ms clamp of nested timers and
// leave the paint out.) So one frame (16.7 ms) is the floor: a step that fits in a frame
// measures 16.7, one that misses a frame 33. Families too slow to lay out on every move
// slide the dragged person and are laid out when the pointer rests; the bench says
// which, and how long that rest takes to show. Figures vary between runs on a shared
// machine: run it twice.
import { serveDist, launchBrowser, KringPage } from '../e2e/harness.mjs';
import { bigGenogram } from '../e2e/big-family.mjs';

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(s.length * q))];
  return `median ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95).toFixed(1).padStart(6)} ms   (${s.length} moves)`;
};

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const n of [60, 300, 761, 1000]) {
    const kp = await KringPage.open(browser, server.origin);
    const id = `drag${n}`;
    await kp.page.evaluate(([id, doc]) => {
      localStorage.setItem(`kring.doc.${id}`, doc);
      localStorage.setItem('kring.last', id);
    }, [id, JSON.stringify(bigGenogram(n, id))]);
    await kp.reload();
    await kp.page.waitForFunction(() => document.querySelector('[data-testid=doc-title]')?.value.startsWith('Groot'));
    // A person in the middle of the family: the layout has most to do around it.
    const { times, slid, rest } = await kp.page.evaluate(async (n) => {
      const person = document.querySelector(`g[data-person="${Math.floor(n / 2)}"]`);
      const svg = document.querySelector('[data-testid=canvas]');
      const box = person.getBoundingClientRect();
      const at = (x) => ({ bubbles: true, cancelable: true, pointerId: 1, button: 0, buttons: 1, clientX: x, clientY: box.y + box.height / 2 });
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      person.dispatchEvent(new PointerEvent('pointerdown', at(box.x + 10)));
      const times = [];
      let slid = false;
      for (let i = 1; i <= 60; i++) {
        const t = performance.now();
        svg.dispatchEvent(new PointerEvent('pointermove', at(box.x + 10 + i * 5)));
        await frame();
        times.push(performance.now() - t);
        // A large family: the person slides and the family waits for a rest.
        slid ||= (document.querySelector(`g[data-person="${Math.floor(n / 2)}"]`)?.getAttribute('style') ?? '').includes('translate');
      }
      // The pointer rests: how long until the family has made room (painted), beyond
      // the rest itself.
      let rest = null;
      if (slid) {
        const t = performance.now();
        while ((document.querySelector(`g[data-person="${Math.floor(n / 2)}"]`)?.getAttribute('style') ?? '').includes('translate')) {
          await frame();
        }
        rest = performance.now() - t;
      }
      svg.dispatchEvent(new PointerEvent('pointerup', at(box.x + 310)));
      return { times: times.slice(2), slid, rest }; // the first moves cross the drag threshold
    }, n);
    const moved = await kp.testId('relayout').isEnabled();
    const how = slid ? `  slides; family relaid out ${rest.toFixed(0)} ms after the pointer stops (150 ms rest + relayout + paint)` : '  relaid out on every move';
    console.log(`chromium drag step, ${String(n).padStart(4)} persons: ${stats(times)}${how}${moved ? '' : '  (NOT pinned: drag failed)'}`);
    if (kp.errors.length) console.log('page errors:', kp.errors);
    await kp.close();
  }
} finally {
  await browser.close();
  await server.close();
}
