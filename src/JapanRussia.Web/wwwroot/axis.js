// The time axis in the browser. The server draws the axis for its address, and its buttons are links to the next
// window; this script adds the wheel, dragging, pinching and the + / − / arrow keys. Each step is an enhanced navigation
// to the new window's address, by the rules of AxisWindow.cs (half or twice the years around an anchor, a quarter of the
// window sideways), anchored where the pointer is or at the focused event.
(() => {
    const order = ['era', 'topic', 'source', 'person', 'place', 'from', 'to', 'q', 'disagree', 'page', 'view'];
    const wheelNotch = 50;
    const dragThreshold = 5;
    const burstPause = 400;
    let pending = null;
    let refocus = null;

    const axis = () => document.querySelector('section.axis');
    const windowOf = el => ({ from: +el.dataset.from, to: +el.dataset.to, first: +el.dataset.first, last: +el.dataset.last });
    const current = () => pending ?? windowOf(axis());
    const years = w => w.to - w.from + 1;

    const placed = (w, from, count) => {
        const start = Math.min(Math.max(from, w.first), w.last - count + 1);
        return { ...w, from: start, to: start + count - 1 };
    };
    const scaled = (w, count, anchor) => placed(w, Math.floor(anchor - (anchor - w.from) * count / years(w) + 0.5), count);
    const zoomIn = (w, anchor) => scaled(w, Math.max(1, Math.floor(years(w) / 2)), anchor);
    const zoomOut = (w, anchor) => scaled(w, Math.min(w.last - w.first + 1, years(w) * 2), anchor);
    const pan = (w, direction) => placed(w, w.from + Math.sign(direction) * Math.max(1, Math.floor(years(w) / 4)), years(w));
    const centre = w => w.from + years(w) / 2;
    const anchorAt = (track, x, w) => {
        const box = track.getBoundingClientRect();
        return w.from + Math.min(Math.max((x - box.left) / box.width, 0), 1) * years(w);
    };

    // The address of a window, keeping every other parameter, in the order the server writes them (TimelineQuery.ToUrl).
    const addressOf = w => {
        const shown = new URLSearchParams(location.search);
        const whole = w.from === w.first && w.to === w.last;
        const query = new URLSearchParams();
        for (const key of order) {
            if (key === 'from' || key === 'to') {
                if (!whole) query.append(key, String(w[key]));
            } else if (key !== 'page') {
                for (const value of shown.getAll(key)) query.append(key, value);
            }
        }
        const text = query.toString().replace(/\+/g, '%20');
        return text ? `/?${text}` : '/';
    };

    const go = (w, replace) => {
        const address = addressOf(w);
        if (address === location.pathname + location.search) return false;
        pending = w;
        const focused = document.activeElement;
        refocus = focused?.matches?.('section.axis .axis-mark a') ? focused.getAttribute('href') : 'track';
        Blazor.navigateTo(address, { replaceHistoryEntry: replace });
        return true;
    };

    let lastWheel = 0;
    let wheelSum = 0;
    const onWheel = e => {
        if (!e.deltaX && !e.deltaY) return;
        e.preventDefault();
        const now = performance.now();
        const burst = now - lastWheel < burstPause;
        lastWheel = now;
        const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY);
        wheelSum += (sideways ? e.deltaX : e.deltaY) * (e.deltaMode === 1 ? 40 : 1);
        if (Math.abs(wheelSum) < wheelNotch) return;
        const direction = Math.sign(wheelSum);
        wheelSum = 0;
        const w = current();
        if (sideways) go(pan(w, direction), burst);
        else go(direction < 0 ? zoomIn(w, anchorAt(e.currentTarget, e.clientX, w)) : zoomOut(w, anchorAt(e.currentTarget, e.clientX, w)), burst);
    };

    // Dragging moves the drawing with the pointer and lands on the whole years nearest; two fingers pinch to zoom.
    const pointers = new Map();
    let gesture = null;
    const distance = () => {
        const [a, b] = [...pointers.values()];
        return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const onPointerDown = e => {
        if (e.button !== 0) return;
        const track = e.currentTarget;
        pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
        gesture = { track, w: current(), box: track.getBoundingClientRect(), x: e.clientX, dx: 0, moved: false,
            spread: pointers.size === 2 ? distance() : 0 };
    };
    const onPointerMove = e => {
        if (!gesture || !pointers.has(e.pointerId)) return;
        pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (pointers.size > 1 || gesture.spread) return;
        gesture.dx = e.clientX - gesture.x;
        if (!gesture.moved && Math.abs(gesture.dx) < dragThreshold) return;
        if (!gesture.moved) gesture.track.setPointerCapture(e.pointerId);
        gesture.moved = true;
        gesture.track.dataset.dragging = 'true';
        gesture.track.style.setProperty('--drag', `${gesture.dx}px`);
    };
    const onPointerUp = e => {
        if (!gesture || !pointers.has(e.pointerId)) return;
        const g = gesture;
        if (g.spread && pointers.size === 2) {
            const ratio = distance() / g.spread;
            const points = [...pointers.values()];
            const anchor = anchorAt(g.track, (points[0].x + points[1].x) / 2, g.w);
            pointers.clear();
            gesture = null;
            if (ratio > 1.25) go(zoomIn(g.w, anchor), false);
            else if (ratio < 0.8) go(zoomOut(g.w, anchor), false);
            return;
        }
        pointers.delete(e.pointerId);
        if (pointers.size > 0) return;
        gesture = null;
        if (!g.moved) return;
        // The click that ends a drag is not a click on the mark under it.
        g.track.addEventListener('click', c => { c.preventDefault(); c.stopPropagation(); }, { capture: true, once: true });
        const shift = -Math.round(g.dx / g.box.width * years(g.w));
        if (!go(placed(g.w, g.w.from + shift, years(g.w)), false)) {
            delete g.track.dataset.dragging;
            g.track.style.removeProperty('--drag');
        }
    };
    const onPointerCancel = e => {
        pointers.delete(e.pointerId);
        if (gesture && pointers.size === 0) {
            delete gesture.track.dataset.dragging;
            gesture.track.style.removeProperty('--drag');
            gesture = null;
        }
    };

    const keys = { '+': 'in', '=': 'in', '-': 'out', '_': 'out', '−': 'out', ArrowLeft: 'earlier', ArrowRight: 'later' };
    document.addEventListener('keydown', e => {
        const section = e.target.closest?.('section.axis');
        const key = keys[e.key];
        if (!section || !key || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        const w = current();
        const anchor = Number(e.target.dataset?.anchor) || centre(w);
        const next = { in: () => zoomIn(w, anchor), out: () => zoomOut(w, anchor), earlier: () => pan(w, -1), later: () => pan(w, 1) }[key]();
        go(next, false);
    });

    // The track's listeners are bound once per element (enhanced navigation patches the element in place).
    const bound = new WeakSet();
    const markAxis = () => {
        pending = null;
        const track = document.querySelector('section.axis .axis-track');
        if (track && !bound.has(track)) {
            bound.add(track);
            track.addEventListener('wheel', onWheel, { passive: false });
            track.addEventListener('pointerdown', onPointerDown);
            track.addEventListener('pointermove', onPointerMove);
            track.addEventListener('pointerup', onPointerUp);
            track.addEventListener('pointercancel', onPointerCancel);
        }
        if (track) {
            delete track.dataset.dragging;
            track.style.removeProperty('--drag');
            axis().dataset.live = 'true';
        }
        // After an axis step, focus stays on the event (or the axis): not on the page's h1, where Blazor's FocusOnNavigate
        // puts it after an enhanced navigation unless focus moved meanwhile, so it is moved (blurred and focused again).
        if (refocus && track) {
            const mark = refocus === 'track' ? null : [...track.querySelectorAll('.axis-mark a')].find(a => a.getAttribute('href') === refocus);
            const target = mark ?? track;
            if (document.activeElement === target) target.blur();
            target.focus({ preventScroll: true });
        }
        refocus = null;
    };

    // The filter form carries the view along, so that a filter change keeps the axis (timeline.js builds its address from the form).
    document.addEventListener('formdata', e => {
        if (e.target.matches?.('form.filter-panel') && axis()) e.formData.set('view', 'axis');
    }, true);

    markAxis();
    Blazor.addEventListener('enhancedload', markAxis);
})();
