// Back and forward put the reader where they were: the scroll position and the cards they had opened, kept per address
// for the tab's life. The browser's own restoration cannot do it: an enhanced navigation patches the page in after the
// browser has already scrolled (into the shorter page it was leaving), and the patch closes every card the server
// rendered closed.
(() => {
    const storageKey = 'timeline-places';
    const kept = 50;
    const addressOf = () => location.pathname + location.search;
    let shown = addressOf(); // the address of the page on screen: during a navigation, location is already the next one
    let navigating = false; // from a navigation's start to its end: Blazor may scroll to the top before the next page is in
    let arriving = false; // a back or forward under way
    let saving = 0;

    const cards = () => [...document.querySelectorAll('.event-card')];
    const detailsOf = card => card.querySelector('details.event-sources');

    const read = () => {
        try {
            return JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
        } catch {
            return {};
        }
    };

    const save = () => {
        if (navigating) return;
        const places = read();
        delete places[shown]; // re-added last: the oldest place is the first to go
        places[shown] = { y: Math.round(scrollY), open: cards().filter(card => detailsOf(card)?.open).map(card => card.id) };
        for (const old of Object.keys(places).slice(0, -kept)) delete places[old];
        try {
            sessionStorage.setItem(storageKey, JSON.stringify(places));
        } catch {
            // Storage full or refused: back simply starts at the top.
        }
    };

    const saveSoon = () => {
        clearTimeout(saving);
        saving = setTimeout(save, 100);
    };

    // The cards first (each opened one fetches its paragraphs, which moves everything below it), then the position,
    // again once the last paragraphs have landed.
    const restore = () => {
        const place = read()[shown];
        if (!place) return;
        let waiting = 0;
        for (const card of cards()) {
            const details = detailsOf(card);
            const open = place.open.includes(card.id);
            if (!details || details.open === open) continue;
            if (open && !details.dataset.loaded && details.dataset.excerpts) waiting++;
            details.open = open;
        }
        scrollTo(0, place.y);
        if (waiting === 0) return;
        const landed = () => {
            if (--waiting > 0) return;
            document.removeEventListener('excerptsdone', landed);
            scrollTo(0, place.y);
        };
        document.addEventListener('excerptsdone', landed);
        setTimeout(() => document.removeEventListener('excerptsdone', landed), 5000);
    };

    history.scrollRestoration = 'manual';
    addEventListener('scroll', saveSoon, { passive: true });
    document.addEventListener('toggle', e => {
        if (e.target instanceof HTMLDetailsElement) saveSoon();
    }, true);
    addEventListener('popstate', () => {
        arriving = true;
    });
    addEventListener('pagehide', save);
    Blazor.addEventListener('enhancednavigationstart', () => {
        clearTimeout(saving);
        save();
        navigating = true;
    });
    Blazor.addEventListener('enhancednavigationend', () => {
        shown = addressOf();
        navigating = false;
        if (arriving) restore();
        arriving = false;
    });

    // Back to a page loaded as a whole document (from a page outside the enhanced navigation, or after a reload).
    if (performance.getEntriesByType('navigation')[0]?.type === 'back_forward') restore();
})();
