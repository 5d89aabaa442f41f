/* page-links.js: turn a site-relative page link ("mistakes/#over-emailing") into a URL
 * that works in this copy of the site.
 *
 * The checker and the templates name pages the way `mkdocs serve` does ("page/"). A copy
 * built for offline use names them "page.html" instead, and from file:// a folder link
 * would open a directory listing. The site's own navigation already holds the right form
 * of every page link, so we look the page up there first.
 */
(() => {
  "use strict";

  const root = new URL(window.PreMatchStorage.siteRoot);

  function withoutHash(url) {
    return url.href.split("#")[0];
  }

  /* The page part of a site-relative link, without its "#anchor". */
  function pagePath(link) {
    return link.split("#")[0].replace(/^\.?\//, "");
  }

  function candidates(path) {
    const bare = path.replace(/\/$/, "");
    if (bare === "") {
      return [new URL("./", root), new URL("index.html", root)];
    }
    return [
      new URL(`${bare}/`, root),
      new URL(`${bare}/index.html`, root),
      new URL(`${bare}.html`, root),
    ];
  }

  function fromNavigation(path) {
    const wanted = new Set(candidates(path).map(withoutHash));
    for (const anchor of document.querySelectorAll("a[href]")) {
      const href = anchor.href.split("#")[0];
      if (wanted.has(href)) {
        return new URL(href);
      }
    }
    return null;
  }

  /* Absolute URL string for a site-relative link such as "reference/rules/#binding-commitment". */
  function pageUrl(link) {
    const hashIndex = link.indexOf("#");
    const hash = hashIndex >= 0 ? link.slice(hashIndex) : "";
    const path = pagePath(link);
    let url = fromNavigation(path);
    if (url === null) {
      url = new URL(path, root);
      if (root.protocol === "file:" && url.pathname.endsWith("/")) {
        url = new URL("index.html", url);
      }
    }
    return url.href + hash;
  }

  window.PreMatchLinks = { pageUrl };
})();
