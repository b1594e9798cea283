/* reportmap canvas layer (layers/rmlayer.js).
 *
 * Loaded as a static file; the folium page only calls ReportMap.init(map, config) with
 * URLs, and ReportMap.setFilter(filter) with numbers. The dataset is fetched once;
 * filtering happens here. Popup HTML comes pre-escaped from layers/html.py (per-site
 * snippet files): this file never builds HTML from report text, it only concatenates
 * snippets and inserts numbers.
 */
(function () {
  "use strict";
  var RM = (window.ReportMap = window.ReportMap || {});
  var POPUP_LIMIT = 25;
  var S = null; // state of the one map on the page
  var pending = null; // filter received before init/data

  function radiusFor(count) {
    return Math.min(3 + 1.8 * Math.sqrt(count), 22);
  }

  function fetchJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("reportmap: " + r.status + " for " + url);
      return r.json();
    });
  }

  function addBasemap(map, cfg) {
    var pane = map.createPane("rmBase");
    pane.style.zIndex = 150; // below tiles (200): tiles cover it when they load
    var renderer = L.canvas({ pane: "rmBase", padding: 0.5 });
    var style = {
      color: "#9a9490", weight: 0.7, fillColor: "#f3efe6", fillOpacity: 1,
      interactive: false, renderer: renderer, pane: "rmBase"
    };
    var group = L.layerGroup().addTo(map);
    ["world.json", "region.json"].forEach(function (name) {
      fetchJSON(cfg.assets + name)
        .then(function (gj) {
          group.addLayer(L.geoJSON(gj, { style: style, interactive: false, renderer: renderer, pane: "rmBase" }));
          S.basemapLoaded += 1;
        })
        .catch(function (err) { S.errors.push(String(err)); });
    });
    return group;
  }

  function addTiles(map, cfg) {
    var tiles = L.tileLayer(cfg.tileUrl, {
      maxZoom: 19, attribution: cfg.tileAttribution, crossOrigin: false
    });
    tiles.on("tileload", function () { S.tilesLoaded += 1; });
    tiles.on("tileerror", function () { S.tileErrors += 1; });
    tiles.addTo(map);
    return tiles;
  }

  function addControl(map, html, position, cls) {
    var ctl = L.control({ position: position });
    ctl.onAdd = function () {
      var div = L.DomUtil.create("div", cls);
      div.innerHTML = html; // pre-escaped by layers/html.py, or numbers only
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    ctl.addTo(map);
    return ctl;
  }

  function loadData(data) {
    var s = data.sites, m = data.m;
    var d = {
      undated: data.undated,
      page: data.page,
      kindColors: data.kindColors,
      lat: s.lat, lon: s.lon, label: s.label, prec: s.prec,
      kind: Uint16Array.from(s.kind),
      derived: Uint8Array.from(s.derived),
      off: Int32Array.from(s.off),
      e0: Int32Array.from(m.e0),
      es: Int32Array.from(m.es),
      pub: Int32Array.from(m.pub),
      src: Uint16Array.from(m.src),
      role: Uint8Array.from(m.role),
      nSites: s.lat.length,
      nMentions: m.e0.length,
      nSources: data.nSources
    };
    d.counts = new Int32Array(d.nSites);
    d.shown = new Uint8Array(d.nSites);
    d.markers = new Array(d.nSites);
    d.circles = new Array(d.nSites);
    return d;
  }

  function mask(indices, size) {
    if (indices === null || indices === undefined) return null;
    var out = new Uint8Array(size);
    for (var i = 0; i < indices.length; i++) if (indices[i] < size) out[indices[i]] = 1;
    return out;
  }

  /* Does mention i pass the compiled filter f? */
  function passes(d, f, i) {
    var a, b;
    if (f.field === 1) {
      a = d.pub[i]; b = a;
    } else {
      a = d.e0[i]; b = a + d.es[i];
    }
    if (a === d.undated) {
      if (!f.undated) return false;
    } else {
      if (f.lo !== null && b < f.lo) return false;
      if (f.hi !== null && a > f.hi) return false;
    }
    if (f.src && !f.src[d.src[i]]) return false;
    if (f.role && !f.role[d.role[i]]) return false;
    return true;
  }

  function compile(filter, d) {
    filter = filter || {};
    var num = function (v) { return typeof v === "number" && isFinite(v) ? v : null; };
    return {
      field: filter.field === 1 ? 1 : 0,
      lo: num(filter.lo),
      hi: num(filter.hi),
      undated: filter.undated === undefined ? true : !!filter.undated,
      src: mask(filter.src, 65536),
      role: mask(filter.role, 256),
      kind: mask(filter.kind, 65536),
      site: mask(filter.site, d.nSites)
    };
  }

  function makeMarker(d, s) {
    var color = d.kindColors[d.kind[s]] || "#444";
    var marker = L.circleMarker([d.lat[s], d.lon[s]], {
      renderer: S.renderer, radius: 6, color: "#222", weight: 1, opacity: 0.9,
      fillColor: color, fillOpacity: 0.78, bubblingMouseEvents: false
    });
    marker.bindTooltip(function () {
      return d.label[s] + " \u00b7 " + d.counts[s]; // pre-escaped label + a number
    }, { direction: "top", sticky: false });
    marker.on("click", function (e) { openPopup(s, e.latlng); });
    marker.rmSite = s;
    return marker;
  }

  function makeCircle(d, s) {
    var color = d.kindColors[d.kind[s]] || "#444";
    return L.circle([d.lat[s], d.lon[s]], {
      renderer: S.renderer, radius: d.prec[s], color: color, weight: 1, dashArray: "4 4",
      fillColor: color, fillOpacity: 0.08, interactive: false
    });
  }

  function apply() {
    if (!S || !S.data) return;
    var t0 = performance.now();
    var d = S.data, f = compile(S.filter, d);
    var visibleSites = 0, visibleMentions = 0;
    for (var s = 0; s < d.nSites; s++) {
      var c = 0;
      if ((!f.kind || f.kind[d.kind[s]]) && (!f.site || f.site[s])) {
        for (var i = d.off[s], end = d.off[s + 1]; i < end; i++) if (passes(d, f, i)) c++;
      }
      d.counts[s] = c;
      var marker = d.markers[s];
      if (c > 0) {
        if (!marker) marker = d.markers[s] = makeMarker(d, s);
        var r = radiusFor(c);
        if (marker.getRadius() !== r) marker.setRadius(r);
        if (!d.shown[s]) {
          if (d.derived[s] && d.prec[s] > 0) {
            if (!d.circles[s]) d.circles[s] = makeCircle(d, s);
            S.circleGroup.addLayer(d.circles[s]);
          }
          S.siteGroup.addLayer(marker);
          d.shown[s] = 1;
        }
        visibleSites++;
        visibleMentions += c;
      } else if (d.shown[s]) {
        S.siteGroup.removeLayer(marker);
        if (d.circles[s]) S.circleGroup.removeLayer(d.circles[s]);
        d.shown[s] = 0;
      }
    }
    S.compiled = f;
    S.visibleSites = visibleSites;
    S.visibleMentions = visibleMentions;
    S.status.innerHTML = visibleSites + " sites \u00b7 " + visibleMentions + " mentions"; // numbers only
    S.lastApplyMs = performance.now() - t0;
    S.applyCount += 1;
    if (S.popupSite !== null && S.map.hasLayer(S.popup)) openPopup(S.popupSite, S.popup.getLatLng());
  }

  function getPage(s, p) {
    var key = s + "-" + p;
    if (!S.pages[key]) S.pages[key] = fetchJSON(S.cfg.data + "s/" + key + ".json");
    return S.pages[key];
  }

  function openPopup(s, latlng) {
    var d = S.data, f = S.compiled;
    var chosen = [], more = 0;
    for (var i = d.off[s], end = d.off[s + 1]; i < end; i++) {
      if (!passes(d, f, i)) continue;
      if (chosen.length < POPUP_LIMIT) chosen.push(i - d.off[s]);
      else more++;
    }
    var pagesNeeded = [];
    chosen.forEach(function (j) {
      var p = Math.floor(j / d.page);
      if (pagesNeeded.indexOf(p) < 0) pagesNeeded.push(p);
    });
    if (pagesNeeded.length === 0) pagesNeeded.push(0);
    S.popupSite = s;
    var token = (S.popupToken += 1);
    Promise.all(pagesNeeded.map(function (p) { return getPage(s, p); }))
      .then(function (pages) {
        if (token !== S.popupToken) return;
        var byPage = {};
        pagesNeeded.forEach(function (p, k) { byPage[p] = pages[k]; });
        var parts = [pages[0].h];
        chosen.forEach(function (j) {
          parts.push(byPage[Math.floor(j / d.page)].m[j % d.page]);
        });
        if (more > 0) {
          parts.push('<div class="rm-more">' + more + " more mentions: narrow the filter to see them</div>");
        }
        S.popup.setLatLng(latlng).setContent('<div class="rm-pop">' + parts.join("") + "</div>");
        if (!S.map.hasLayer(S.popup)) S.popup.openOn(S.map);
        S.popupsOpened += 1;
      })
      .catch(function (err) { S.errors.push(String(err)); });
  }

  RM.init = function (map, cfg) {
    S = {
      map: map, cfg: cfg, data: null, filter: pending, compiled: null, pages: {},
      basemapLoaded: 0, tilesLoaded: 0, tileErrors: 0, errors: [], applyCount: 0,
      lastApplyMs: null, visibleSites: 0, visibleMentions: 0, popupSite: null,
      popupToken: 0, popupsOpened: 0, ready: false
    };
    L.DomUtil.addClass(map.getContainer(), "rm-map");
    if (cfg.fit) map.fitBounds(cfg.fit.bounds, { maxZoom: cfg.fit.maxZoom, animate: false });
    S.renderer = L.canvas({ padding: 0.3, tolerance: 3 });
    S.popup = L.popup({ maxWidth: 420, minWidth: 260, maxHeight: 340, autoPanPadding: [20, 20] });
    S.popup.on("remove", function () { S.popupSite = null; });
    var basemap = addBasemap(map, cfg);
    var overlays = { "Land and borders (offline)": basemap };
    if (cfg.tileUrl) overlays["OpenStreetMap tiles"] = addTiles(map, cfg);
    S.circleGroup = L.layerGroup().addTo(map);
    S.siteGroup = L.layerGroup().addTo(map);
    overlays["Report sites"] = S.siteGroup;
    L.control.layers(null, overlays, { collapsed: true, position: "topright" }).addTo(map);
    var status = addControl(map, "", "bottomleft", "rm-status");
    S.status = status.getContainer();
    if (!cfg.data) { S.ready = true; return; } // simple path: sites drawn by folium
    fetchJSON(cfg.data + "dataset.json")
      .then(function (doc) {
        S.data = loadData(doc);
        if (doc.legend) addControl(map, doc.legend, "bottomright", "rm-legend-box");
        S.ready = true;
        apply();
      })
      .catch(function (err) {
        S.errors.push(String(err));
        S.status.textContent = "map data failed to load";
      });
  };

  RM.setFilter = function (filter) {
    pending = filter;
    if (!S) return;
    S.filter = filter;
    apply();
  };

  RM.stats = function () {
    if (!S) return null;
    return {
      ready: S.ready, visibleSites: S.visibleSites, visibleMentions: S.visibleMentions,
      lastApplyMs: S.lastApplyMs, applyCount: S.applyCount, basemapLoaded: S.basemapLoaded,
      tilesLoaded: S.tilesLoaded, tileErrors: S.tileErrors, errors: S.errors.slice(),
      popupsOpened: S.popupsOpened, nSites: S.data ? S.data.nSites : 0
    };
  };

  /* Page coordinates of site s (for tests and tours). */
  RM.sitePoint = function (s) {
    if (!S || !S.data) return null;
    var pt = S.map.latLngToContainerPoint([S.data.lat[s], S.data.lon[s]]);
    var box = S.map.getContainer().getBoundingClientRect();
    return { x: box.left + pt.x, y: box.top + pt.y };
  };

  RM.openSite = function (s) {
    if (S && S.data) openPopup(s, L.latLng(S.data.lat[s], S.data.lon[s]));
  };
})();
