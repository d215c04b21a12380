// Drag across the overview strip to choose a span of years; a click without a drag picks the era at that year. The span
// is drawn here at once; the server is told only when its first or last year changes, and answers with the label.
const handlers = new WeakMap();

export function attach(area, dotnet, firstYear, lastYear) {
    const brush = area.querySelector('.brush');
    let startX = null;
    let shown = '';

    const yearAt = clientX => {
        const box = area.getBoundingClientRect();
        const fraction = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
        return Math.min(lastYear, firstYear + Math.floor(fraction * (lastYear - firstYear + 1)));
    };
    const draw = clientX => {
        const box = area.getBoundingClientRect();
        const left = Math.max(0, Math.min(startX, clientX) - box.left);
        const right = Math.min(box.width, Math.max(startX, clientX) - box.left);
        brush.hidden = false;
        brush.style.left = `${left}px`;
        brush.style.width = `${right - left}px`;
        const span = [yearAt(Math.min(startX, clientX)), yearAt(Math.max(startX, clientX))];
        if (Math.abs(clientX - startX) >= 4 && span.join() !== shown) {
            shown = span.join();
            dotnet.invokeMethodAsync('Preview', span[0], span[1]);
        }
    };
    const reset = () => {
        startX = null;
        brush.hidden = true;
        if (shown) {
            shown = '';
            dotnet.invokeMethodAsync('ClearPreview');
        }
    };
    const down = e => {
        if (e.button !== 0) return;
        startX = e.clientX;
        area.setPointerCapture(e.pointerId);
        e.preventDefault();
    };
    const move = e => { if (startX !== null) draw(e.clientX); };
    const up = e => {
        if (startX === null) return;
        const from = startX;
        startX = null;
        shown = '';
        brush.hidden = true;
        if (Math.abs(e.clientX - from) < 4) {
            dotnet.invokeMethodAsync('SelectYear', yearAt(e.clientX));
        } else {
            dotnet.invokeMethodAsync('SelectYears', yearAt(Math.min(from, e.clientX)), yearAt(Math.max(from, e.clientX)));
        }
    };

    area.addEventListener('pointerdown', down);
    area.addEventListener('pointermove', move);
    area.addEventListener('pointerup', up);
    area.addEventListener('pointercancel', reset);
    handlers.set(area, { down, move, up, reset });
}

export function detach(area) {
    const h = area && handlers.get(area);
    if (!h) return;
    area.removeEventListener('pointerdown', h.down);
    area.removeEventListener('pointermove', h.move);
    area.removeEventListener('pointerup', h.up);
    area.removeEventListener('pointercancel', h.reset);
    handlers.delete(area);
}
