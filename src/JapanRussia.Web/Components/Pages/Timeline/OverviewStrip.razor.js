// Drag across the overview strip to choose a span of years; a click without a drag picks the era at that year.
const handlers = new WeakMap();

export function attach(strip, dotnet, firstYear, lastYear) {
    const brush = strip.querySelector('.brush');
    let startX = null;

    const yearAt = clientX => {
        const box = strip.getBoundingClientRect();
        const fraction = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
        return Math.min(lastYear, firstYear + Math.floor(fraction * (lastYear - firstYear + 1)));
    };
    const draw = clientX => {
        const box = strip.getBoundingClientRect();
        const left = Math.max(0, Math.min(startX, clientX) - box.left);
        const right = Math.min(box.width, Math.max(startX, clientX) - box.left);
        brush.hidden = false;
        brush.style.left = `${left}px`;
        brush.style.width = `${right - left}px`;
        brush.dataset.label = `${yearAt(Math.min(startX, clientX))}–${yearAt(Math.max(startX, clientX))}`;
    };
    const down = e => {
        if (e.button !== 0) return;
        startX = e.clientX;
        strip.setPointerCapture(e.pointerId);
        e.preventDefault();
    };
    const move = e => { if (startX !== null) draw(e.clientX); };
    const up = e => {
        if (startX === null) return;
        const from = startX;
        startX = null;
        brush.hidden = true;
        if (Math.abs(e.clientX - from) < 4) {
            dotnet.invokeMethodAsync('SelectYear', yearAt(e.clientX));
        } else {
            dotnet.invokeMethodAsync('SelectYears', yearAt(Math.min(from, e.clientX)), yearAt(Math.max(from, e.clientX)));
        }
    };
    const cancel = () => { startX = null; brush.hidden = true; };

    strip.addEventListener('pointerdown', down);
    strip.addEventListener('pointermove', move);
    strip.addEventListener('pointerup', up);
    strip.addEventListener('pointercancel', cancel);
    strip.classList.add('interactive');
    handlers.set(strip, { down, move, up, cancel });
}

export function detach(strip) {
    const h = strip && handlers.get(strip);
    if (!h) return;
    strip.removeEventListener('pointerdown', h.down);
    strip.removeEventListener('pointermove', h.move);
    strip.removeEventListener('pointerup', h.up);
    strip.removeEventListener('pointercancel', h.cancel);
    handlers.delete(strip);
}
