// Typeset the math the server marked in statements (<span class="math">TeX</span>) with KaTeX.
// The TeX arrives escaped as text; KaTeX runs without `trust`, so \href and \html* stay off.
(function () {
  'use strict';

  function typeset(root) {
    if (!window.katex) {
      return;
    }
    (root || document).querySelectorAll('span.math:not([data-typeset])').forEach(function (el) {
      var tex = el.textContent;
      try {
        window.katex.render(tex, el, {
          displayMode: el.classList.contains('math-display'),
          throwOnError: false,
          trust: false
        });
        el.setAttribute('data-typeset', '');
      } catch (e) {
        el.textContent = tex;
      }
    });
  }

  window.OnsiteMath = { typeset: typeset };
  document.addEventListener('DOMContentLoaded', function () { typeset(document); });
})();
