// The timeline's filters and cards in the browser. The page is rendered on the server for each address; this script only
// turns filter changes into enhanced navigations (a fetch of the new page and a patch of the document, no reload) and
// fetches an opened card's paragraphs. Without it, the form submits by GET and each card links to its event page.
(() => {
    const order = ['era', 'topic', 'source', 'person', 'place', 'from', 'to', 'q', 'disagree', 'view'];
    const typingPause = 250;
    let typing = 0;
    let filtersOpen = false;
    let revealResults = false;

    const panel = () => document.querySelector('form.filter-panel');
    const results = () => document.getElementById('results');

    // The results fade while the next view loads; the server's markup has no aria-busy, so the patch clears it.
    const markBusy = () => results()?.setAttribute('aria-busy', 'true');

    // The address of the form's state, in the order and shape the server writes it (TimelineAddress.ToUrl): same view, same URL.
    const addressOf = form => {
        const values = new Map(order.map(key => [key, []]));
        for (const [key, value] of new FormData(form)) {
            const text = String(value).trim();
            if (text && values.has(key)) values.get(key).push(text);
        }
        const [from, to] = [Number(values.get('from')[0]), Number(values.get('to')[0])];
        if (from && to && from > to) [values.get('from')[0], values.get('to')[0]] = [String(to), String(from)];
        const query = new URLSearchParams();
        for (const key of order) for (const value of values.get(key)) query.append(key, value);
        const text = query.toString().replace(/\+/g, '%20');
        return text ? `/?${text}` : '/';
    };

    const navigate = (form, replace) => {
        clearTimeout(typing);
        const address = addressOf(form);
        if (address !== location.pathname + location.search) {
            markBusy();
            Blazor.navigateTo(address, { replaceHistoryEntry: replace });
        }
    };

    // On a narrow screen the filters wait behind the "Filters (n)" link (the CSS hides them; without this script the link
    // jumps to them). Here it is a button that opens them in place, and they stay open while the view changes under them.
    const showFilters = () => {
        const toggle = document.querySelector('.filters-toggle');
        if (!toggle) return;
        toggle.setAttribute('role', 'button');
        toggle.setAttribute('aria-expanded', String(filtersOpen));
        toggle.closest('.layout')?.toggleAttribute('data-filters-open', filtersOpen);
    };

    // An era chosen from a phone's era links or the era boxes: the events it gives are what the reader wants to see next.
    const showResults = () => {
        const list = results();
        if (!revealResults || !list) return;
        revealResults = false;
        const top = list.getBoundingClientRect().top;
        if (top < 0 || top > innerHeight / 3) list.scrollIntoView({ block: 'start' });
    };

    // The server's markup does not carry this: set again after every enhanced navigation has patched the document.
    const markLive = () => {
        showFilters();
        const form = panel();
        if (!form) return;
        form.dataset.live = 'true';

        // The fields typed into are kept out of the patch (data-permanent) so that what is typed while a page loads
        // survives it; they follow the view shown (after back or forward, or years put in order) unless the reader is in them.
        for (const [name, value] of [['q', form.dataset.q], ['from', form.dataset.from], ['to', form.dataset.to]]) {
            const field = form.elements.namedItem(name);
            if (field && field !== document.activeElement) field.value = value ?? '';
        }
    };

    document.addEventListener('change', e => {
        const form = e.target.closest?.('form.filter-panel');
        if (!form || e.target.name === 'q') return;
        revealResults = e.target.name === 'era';
        navigate(form, false);
    });
    document.addEventListener('click', e => {
        const toggle = e.target.closest?.('.filters-toggle');
        if (!toggle) return;
        e.preventDefault();
        e.stopPropagation(); // not a navigation: Blazor's own click handler must not see it
        filtersOpen = !filtersOpen;
        showFilters();
    }, true);
    document.addEventListener('keydown', e => {
        if (e.key === ' ' && e.target.closest?.('.filters-toggle')) {
            e.preventDefault();
            e.target.click();
        }
    });
    document.addEventListener('click', e => {
        if (e.target.closest?.('.era-legend a')) revealResults = true;
    });
    document.addEventListener('input', e => {
        const form = e.target.closest?.('form.filter-panel');
        if (!form || e.target.name !== 'q') return;
        clearTimeout(typing);
        typing = setTimeout(() => navigate(form, true), typingPause);
    });
    document.addEventListener('submit', e => {
        const form = e.target.closest?.('form.filter-panel');
        if (!form) return;
        e.preventDefault();
        navigate(form, false);
    });

    // A card opened for the first time: its paragraphs replace the link to the event page.
    document.addEventListener('toggle', async e => {
        const card = e.target;
        if (!(card instanceof HTMLDetailsElement) || !card.open || !card.dataset.excerpts || card.dataset.loaded) return;
        card.dataset.loaded = 'loading';
        try {
            const response = await fetch(card.dataset.excerpts, { headers: { Accept: 'text/html' } });
            if (!response.ok) throw new Error(`${response.status}`);
            // Parsed in a template, where nothing runs; the server escaped the text in it anyway.
            const template = document.createElement('template');
            template.innerHTML = await response.text();
            card.querySelector('.excerpts-pending')?.replaceWith(template.content);
            card.dataset.loaded = 'true';
        } catch {
            delete card.dataset.loaded; // The link to the event page stays; opening again tries again.
        }
        card.dispatchEvent(new Event('excerptsdone', { bubbles: true }));
    }, true);

    markLive();
    Blazor.addEventListener('enhancednavigationstart', () => {
        if (location.pathname === '/') markBusy();
    });
    Blazor.addEventListener('enhancedload', markLive);
    Blazor.addEventListener('enhancednavigationend', () => {
        results()?.removeAttribute('aria-busy');
        showResults();
    });
})();
