"""The crawler: `warta crawl` and `warta watch` over feeds, sitemaps, section pages and site
profiles (`lang/id/sites.toml`). `discover` parses lists, `sites` resolves sources and
multi-page rules, `polite` fetches (robots.txt, rate, retries, the SSRF guard), `crawler`
runs a pass, `watch` repeats passes; state lives in the store (`store.crawl`)."""
