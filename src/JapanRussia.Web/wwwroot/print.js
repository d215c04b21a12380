// Printing: every card's sources open (fetching the paragraphs of those never opened), the date of printing beside the
// page's address, and the cards closed again afterwards. Chromium tells both the print dialog (beforeprint) and print
// media emulation (a matchMedia change); the CSS alone (app.css, @media print) does the rest.
(() => {
    const openedForPrint = 'printOpened';

    const expand = () => {
        const stamp = document.querySelector('.print-date');
        if (stamp) stamp.textContent = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
        for (const details of document.querySelectorAll('details.event-sources:not([open])')) {
            details.dataset[openedForPrint] = 'true';
            details.open = true;
        }
    };

    const collapse = () => {
        for (const details of document.querySelectorAll('details.event-sources[data-print-opened]')) {
            delete details.dataset[openedForPrint];
            details.open = false;
        }
    };

    addEventListener('beforeprint', expand);
    addEventListener('afterprint', collapse);
    matchMedia('print').addEventListener('change', e => (e.matches ? expand() : collapse()));
})();
