// Starts GOV.UK Frontend's components; the pages work without it.
document.body.classList.add("js-enabled", "govuk-frontend-supported");
import("/govuk/govuk-frontend.min.js")
  .then((govuk) => govuk.initAll())
  .catch(() => { /* styles still apply; interactive components fall back to plain HTML */ });
