// The U.S. Web Design System's behaviours that the portal's views use, bundled by the build
// (FrontEndAssets.targets, `npm run build:uswds-js`: esbuild) from the @uswds/uswds sources into
// wwwroot/lib/uswds/js/uswds-portal.min.js (git-ignored). The complete uswds.min.js is 79 KB of
// which the portal runs a fifth; on a phone every kilobyte of script is downloaded, parsed and run
// before the page settles (issue 25). A view that starts using another component with a behaviour
// (date picker, modal, combo box, ...) adds its package here; UswdsScriptBundleTests lists them.
import accordion from "@uswds/uswds/js/usa-accordion";
import banner from "@uswds/uswds/js/usa-banner";
import fileInput from "@uswds/uswds/js/usa-file-input";
import navigation from "@uswds/uswds/js/usa-header";
import skipnav from "@uswds/uswds/js/usa-skipnav";

const behaviors = [accordion, banner, fileInput, navigation, skipnav];

// As USWDS's own start.js: every behaviour on the whole page once the document is parsed (the
// script is deferred, so that is now).
const start = () => behaviors.forEach((behavior) => behavior.on(document.body));

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
