/// What the application's pages add to the site's look: forms. Colours from the site's palette.
enum WebStyle {
    static let sheet = """
    form.command, form.filters { margin: 1rem 0; }
    form input, form select, form textarea { box-sizing: border-box; max-width: 100%; }
    .field { margin: .8rem 0; border: 0; padding: 0; }
    .field label, .field legend { display: block; font-weight: bold; }
    .field .hint { margin: .1rem 0 .3rem; font-size: 9.5pt; color: #3b3b3b; }
    .field input[type=text], .field input[type=password], .field textarea, .field select { width: 100%; max-width: 40rem; font: inherit; padding: .3rem; border: 1px solid #555555; }
    .field .parts label { display: inline-block; font-weight: normal; margin-right: .5rem; }
    .field .parts input { width: 10rem; }
    .field.invalid input, .field.invalid textarea, .field.invalid select { border: 2px solid #b34700; }
    p.error { color: #1a1a1a; border-left: 4px solid #b34700; padding-left: .5rem; font-weight: bold; }
    .required { font-weight: normal; font-size: 9.5pt; }
    ol.rows { padding-left: 1.5rem; }
    button { font: inherit; padding: .35rem .9rem; }
    button.secondary { font-size: 9.5pt; padding: .15rem .5rem; }
    @media print { form, .downloads { display: none; } }
    """
}
