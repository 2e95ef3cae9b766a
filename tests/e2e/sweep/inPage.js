// Runs in the page (added as an init script by the screen sweep, tests/e2e/screens-sweep.spec.ts):
// counts the requests in flight, so a view is measured once its data is in, and holds the layout
// check of tests/e2e/sweep/checks.ts (see layoutFindings there for what it reports).
(() => {
  const sweep = { inFlight: 0 };
  const fetch0 = window.fetch.bind(window);
  window.fetch = (...args) => {
    sweep.inFlight += 1;
    return fetch0(...args).finally(() => {
      sweep.inFlight -= 1;
    });
  };

  /** Fonts loaded and two frames drawn. */
  sweep.frames = () =>
    document.fonts.ready.then(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );

  /** Clicks an element from the page's script (the language switch is inert behind a dialog). */
  sweep.click = (selector) => document.querySelector(selector)?.click();

  sweep.layout = () => {
    const SLACK = 1;
    const found = [];
    const dialogs = [...document.querySelectorAll('dialog[open], [role="dialog"][aria-modal="true"]')];
    const roots = dialogs.length > 0 ? dialogs : [document.body];

    const path = (el) => {
      const parts = [];
      let node = el;
      while (node && node !== document.body && parts.length < 4) {
        const testId = node.getAttribute('data-testid');
        if (testId) {
          parts.unshift(`[data-testid="${testId}"]`);
          break;
        }
        const cls = [...node.classList].slice(0, 2).join('.');
        parts.unshift(cls ? `${node.tagName.toLowerCase()}.${cls}` : node.tagName.toLowerCase());
        node = node.parentElement;
      }
      return parts.join(' > ');
    };
    const textOf = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const hides = (value) => value === 'hidden' || value === 'clip';
    const scrolls = (value) => value === 'auto' || value === 'scroll';
    /** Visually hidden helpers (1 px boxes for screen readers) are meant to be clipped. */
    const tiny = (r) => r.width <= 1 || r.height <= 1;
    const add = (rule, el, detail) =>
      found.push({ rule: `layout:${rule}`, target: path(el), detail: `"${textOf(el)}" ${detail}` });

    const ownTextRect = (el) => {
      let box = null;
      for (const child of el.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !(child.textContent ?? '').trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        for (const r of range.getClientRects()) {
          if (r.width === 0 && r.height === 0) continue;
          box = box
            ? new DOMRect(
                Math.min(box.left, r.left),
                Math.min(box.top, r.top),
                Math.max(box.right, r.right) - Math.min(box.left, r.left),
                Math.max(box.bottom, r.bottom) - Math.min(box.top, r.top),
              )
            : r;
        }
      }
      return box;
    };

    const CONTROL = 'button, a, td, th, label, dt, dd, [role="tab"], [role="button"], .btn';
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        // A figure typed into a field must show whole (an address or a name may scroll in its field).
        const isField =
          el instanceof HTMLInputElement &&
          (el.type === 'number' || el.inputMode === 'numeric' || el.inputMode === 'decimal') &&
          el.value !== '';
        const text = isField ? null : ownTextRect(el);
        if (!isField && !text) continue;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const box = el.getBoundingClientRect();
        if (tiny(box)) continue;
        const style = getComputedStyle(el);

        if (isField) {
          if (el.scrollWidth > el.clientWidth + SLACK) {
            add('clipped', el, `field value ${el.scrollWidth}px in ${el.clientWidth}px`);
          }
          continue;
        }
        const clipsX = hides(style.overflowX) || style.textOverflow === 'ellipsis';
        const clipsY = hides(style.overflowY);
        if (
          (clipsX && el.scrollWidth > el.clientWidth + SLACK) ||
          (clipsY && el.scrollHeight > el.clientHeight + SLACK)
        ) {
          add(
            'clipped',
            el,
            `content ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
          );
          continue;
        }
        if (
          text &&
          !scrolls(style.overflowX) &&
          (text.right > box.right + SLACK || text.left < box.left - SLACK)
        ) {
          add('spills', el, `text ${Math.round(text.width)}px wide in a ${Math.round(box.width)}px box`);
          continue;
        }
        const control = el.parentElement?.closest(CONTROL);
        if (text && control && root.contains(control)) {
          const c = control.getBoundingClientRect();
          if (text.right > c.right + SLACK || text.left < c.left - SLACK || text.bottom > c.bottom + SLACK) {
            add('outside-control', el, `text out of its ${control.tagName.toLowerCase()} (${path(control)})`);
            continue;
          }
        }
        // The nearest ancestor that hides or scrolls decides: scrolling is fine, hiding must not cut.
        if (!text) continue;
        for (let up = el.parentElement; up && up !== document.documentElement; up = up.parentElement) {
          const s = getComputedStyle(up);
          const hx = hides(s.overflowX);
          const hy = hides(s.overflowY);
          if (scrolls(s.overflowX) || scrolls(s.overflowY)) break;
          if (!hx && !hy) continue;
          const r = up.getBoundingClientRect();
          if (tiny(r)) break;
          if (
            (hx && (text.right > r.right + SLACK || text.left < r.left - SLACK)) ||
            (hy && (text.bottom > r.bottom + SLACK || text.top < r.top - SLACK))
          ) {
            add('cut-by-ancestor', el, `cut by ${path(up)}`);
          }
          break;
        }
      }
    }
    if (dialogs.length === 0) {
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth + SLACK) {
        found.push({
          rule: 'layout:scrolls-sideways',
          target: 'html',
          detail: `page ${doc.scrollWidth}px wide in a ${doc.clientWidth}px window`,
        });
      }
      for (const bar of document.querySelectorAll('.topbar, .shell-nav')) {
        if (bar.scrollWidth > bar.clientWidth + SLACK) {
          found.push({
            rule: 'layout:scrolls-sideways',
            target: path(bar),
            detail: `${bar.scrollWidth}px of content in ${bar.clientWidth}px`,
          });
        }
      }
    }
    return found;
  };

  window.karyaSweep = sweep;
})();
