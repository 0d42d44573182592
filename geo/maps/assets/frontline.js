/* Frontline map helpers (plain ES2015 + Leaflet 1.9; no other library).
 *
 * Every string that comes from event records, sources or the gazetteer reaches the page
 * through DOM text nodes (textContent) or attribute setters, never through innerHTML, and a
 * URL becomes a link only if it is absolute http(s). The data arrive as JSON literals written
 * by the server with Jinja's tojson-style escaping.
 */
(function (root) {
  'use strict';

  var F = {};
  var URL_RE = /^https?:\/\/[^\s<>"']+$/i;
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------------ DOM helpers
  function el(tag, opts, children) {
    var e = document.createElement(tag);
    opts = opts || {};
    if (opts.cls) e.className = opts.cls;
    if (opts.text !== undefined && opts.text !== null) e.textContent = String(opts.text);
    if (opts.attrs) {
      Object.keys(opts.attrs).forEach(function (k) { e.setAttribute(k, String(opts.attrs[k])); });
    }
    if (opts.style) {
      Object.keys(opts.style).forEach(function (k) { e.style[k] = opts.style[k]; });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }
  F.el = el;

  F.safeUrl = function (u) {
    if (typeof u !== 'string') return null;
    var v = u.trim();
    return URL_RE.test(v) ? v : null;
  };

  function link(url, text) {
    var safe = F.safeUrl(url);
    if (!safe) return el('span', {text: text});
    return el('a', {text: text, attrs: {href: safe, target: '_blank', rel: 'noopener noreferrer nofollow'}});
  }

  function swatch(colour) {
    return el('span', {cls: 'fl-swatch', style: {background: colour}});
  }

  function symbol(ctx, action, colour, size) {
    var s = document.createElementNS(SVG_NS, 'svg');
    s.setAttribute('viewBox', '0 0 16 16');
    s.setAttribute('width', String(size));
    s.setAttribute('height', String(size));
    s.setAttribute('class', 'fl-symbol');
    var p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', ctx.symbols[action] || ctx.symbols.holds);
    p.setAttribute('fill', colour);
    p.setAttribute('fill-rule', 'evenodd');
    p.setAttribute('stroke', '#222');
    p.setAttribute('stroke-width', '1');
    s.appendChild(p);
    return s;
  }

  function ctxOf(map) { return map._frontline; }

  function sideName(ctx, sid) {
    var s = ctx.side[sid];
    return s ? s.short : String(sid);
  }

  function colourOf(ctx, sid) {
    var s = ctx.side[sid];
    return s ? s.colour : '#888888';
  }

  function fmtInt(n) { return Math.round(n).toLocaleString('en-US'); }

  function people(n) {
    if (!n) return '–';
    if (n >= 1e6) return '≈ ' + (n / 1e6).toFixed(1) + ' million';
    if (n >= 1e4) return '≈ ' + fmtInt(Math.round(n / 1000) * 1000);
    return '≈ ' + fmtInt(n);
  }
  F.people = people;

  function stopMapEvents(node) {
    L.DomEvent.disableClickPropagation(node);
    L.DomEvent.disableScrollPropagation(node);
  }

  function tagPath(layer, attrs) {
    layer.on('add', function () {
      var e = layer.getElement && layer.getElement();
      if (!e) return;
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    });
  }

  // ------------------------------------------------------------------ set-up
  /** Attach the shared context (sides, symbols, registries) and the credits to ``map``. */
  F.init = function (map, cfg) {
    var ctx = {sides: cfg.sides, side: {}, symbols: cfg.symbols, markers: {}, places: {}};
    cfg.sides.forEach(function (s) { ctx.side[s.id] = s; });
    map._frontline = ctx;
    if (map.attributionControl && cfg.attribution) {
      map.attributionControl.addAttribution(cfg.attribution);
    }
    map.getContainer().classList.add('fl-map');
    root.frontlineMap = map;
    return ctx;
  };

  /** Move a server-rendered panel (by element id) into a Leaflet control at ``position``. */
  F.panel = function (map, cfg) {
    var node = document.getElementById(cfg.id);
    if (!node) return null;
    if (cfg.position === 'top') {
      map.getContainer().appendChild(node);
      stopMapEvents(node);
      node.hidden = false;
      return node;
    }
    var Ctl = L.Control.extend({
      onAdd: function () { stopMapEvents(node); node.hidden = false; return node; },
      onRemove: function () {}
    });
    var c = new Ctl({position: cfg.position});
    c.addTo(map);
    return c;
  };

  // ------------------------------------------------------------------ popups
  function placePopup(ctx, p, state) {
    state = state || p;
    var head = el('div', {cls: 'fl-popup-head'}, [el('strong', {text: p.name})]);
    if (p.name_ar) head.appendChild(el('span', {cls: 'fl-ar', text: p.name_ar, attrs: {lang: 'ar', dir: 'rtl'}}));
    var kind = [p.kind ? p.kind.replace(/_/g, ' ') : null, p.district || null,
                p.population ? 'pop. ' + people(p.population) : null].filter(Boolean).join(' · ');
    var holder = el('div', {cls: 'fl-popup-holder'}, [
      swatch(colourOf(ctx, state.side)),
      el('span', {text: 'Held by ' + (ctx.side[state.side] ? ctx.side[state.side].name : state.side) +
                         (state.since ? ' since ' + state.since : '')})]);
    var flags = [];
    if (state.contested) flags.push(el('span', {cls: 'fl-flag fl-flag-contested', text: 'contested'}));
    if (state.stale) flags.push(el('span', {cls: 'fl-flag', text: 'no recent evidence'}));
    var body = [head, el('div', {cls: 'fl-popup-kind', text: kind}), holder];
    if (flags.length) body.push(el('div', {}, flags));
    var ev = state.last;
    if (ev) body = body.concat(eventBlock(ctx, ev, 'Last event', p.name));
    return el('div', {cls: 'fl-popup', attrs: {'data-place-id': p.id}}, body);
  }
  F.placePopup = placePopup;

  function eventBlock(ctx, ev, label, placeName) {
    var where = ev.place || placeName;
    var line = el('div', {cls: 'fl-popup-event'}, [
      el('span', {cls: 'fl-popup-label', text: (label ? label + ' ' : '') + (ev.date || '') + ': '}),
      el('span', {text: sideName(ctx, ev.side) + ' ' + (ev.verb || ev.action || '') + (where ? ' ' + where : '')})]);
    var out = [line];
    if (ev.notes) out.push(el('div', {cls: 'fl-popup-notes', text: ev.notes}));
    var src = ev.title ? (ev.source ? ev.source + ': ' + ev.title : ev.title) : (ev.source || ev.url || '');
    if (src || ev.url) {
      out.push(el('div', {cls: 'fl-popup-source'}, [
        el('span', {cls: 'fl-popup-label', text: 'Source: '}), link(ev.url, src || 'link')]));
    }
    return out;
  }

  function eventsPopup(ctx, g) {
    var body = [el('div', {cls: 'fl-popup-head'}, [el('strong', {text: g.name})])];
    g.events.forEach(function (ev) { body = body.concat(eventBlock(ctx, ev, '')); });
    return el('div', {cls: 'fl-popup fl-popup-events'}, body);
  }

  // ------------------------------------------------------------------ layers
  /** Cell outlines: hover tooltip, click opens the place's popup; ``data-place-id`` on each path. */
  F.cells = function (map, data) {
    var ctx = ctxOf(map);
    var group = L.geoJSON(data.cells, {
      pane: data.pane || 'overlayPane', className: 'fl-cell',
      style: function () {
        return {color: '#ffffff', weight: 0.6, opacity: 0.75, fill: true, fillOpacity: 0};
      },
      onEachFeature: function (f, layer) {
        var pr = f.properties;
        tagPath(layer, {'data-place-id': pr.p, 'data-cell-id': pr.c, 'data-side': pr.s});
        layer.bindTooltip(function () {
          var t = el('div', {cls: 'fl-tip'}, [el('strong', {text: pr.n || pr.p})]);
          t.appendChild(el('div', {text: 'Held by ' + sideName(ctx, pr.s) + (pr.k ? ' (contested)' : '')}));
          t.appendChild(el('div', {cls: 'fl-muted', text: fmtInt(pr.a) + ' km² · click for details'}));
          return t;
        }, {sticky: true, direction: 'top', className: 'fl-tooltip'});
        layer.on('mouseover', function () { layer.setStyle({weight: 2.5, color: '#222222'}); });
        layer.on('mouseout', function () { layer.setStyle({weight: 0.6, color: '#ffffff'}); });
        layer.on('click', function (e) { F.openPlace(map, pr.p, e.latlng); });
      }
    });
    return group;
  };

  /** Contested cells: the side colour stays visible under a hatch pattern. */
  F.contested = function (map, data) {
    return L.geoJSON(data.cells, {
      pane: data.pane || 'overlayPane', interactive: false, className: 'fl-contested',
      style: function () {
        return {color: '#222222', weight: 1.2, dashArray: '4 3', opacity: 0.9,
                fillColor: 'url(#fl-hatch)', fillOpacity: 1};
      },
      onEachFeature: function (f, layer) { tagPath(layer, {'data-place-id': f.properties.p}); }
    });
  };

  /** Place markers sized by kind and population; popups with holder, last event and source. */
  F.places = function (map, data) {
    var ctx = ctxOf(map);
    var group = L.featureGroup();
    data.places.forEach(function (p) {
      ctx.places[p.id] = p;
      var m = L.circleMarker([p.lat, p.lon], {
        pane: data.pane || 'overlayPane', radius: p.r,
        color: p.facility ? '#222222' : '#ffffff', weight: p.facility ? 1.8 : 1.2,
        fillColor: colourOf(ctx, p.side), fillOpacity: p.stale ? 0.35 : 0.95,
        dashArray: p.contested ? '3 2' : (p.stale ? '1 2' : null),
        className: 'fl-place' + (p.facility ? ' fl-facility' : '') + (p.stale ? ' fl-stale' : '')
      });
      tagPath(m, {'data-place-id': p.id, 'data-side': p.side, 'data-stale': p.stale ? '1' : '0'});
      m.bindPopup(function () { return placePopup(ctx, p); }, {maxWidth: 340, className: 'fl-leaflet-popup'});
      var label = el('span', {text: p.name});
      if (p.label) {
        m.bindTooltip(label, {permanent: true, direction: 'right', offset: [p.r, 0],
                              className: 'fl-label', interactive: false});
      } else {
        m.bindTooltip(label, {direction: 'top', className: 'fl-tooltip'});
      }
      ctx.markers[p.id] = m;
      m.addTo(group);
    });
    return group;
  };

  /** Open a place's popup (from a cell click or the search box). */
  F.openPlace = function (map, pid, latlng) {
    var ctx = ctxOf(map);
    var m = ctx.markers[pid];
    if (m && map.hasLayer(m)) { m.openPopup(); return true; }
    var p = ctx.places[pid];
    if (p) {
      L.popup({maxWidth: 340, className: 'fl-leaflet-popup'})
        .setLatLng(latlng || [p.lat, p.lon]).setContent(placePopup(ctx, p)).openOn(map);
      return true;
    }
    return false;
  };

  /** Recent events, one marker per place, symbol of the newest event, all listed in the popup. */
  F.events = function (map, data) {
    var ctx = ctxOf(map);
    var group = L.featureGroup();
    data.groups.forEach(function (g) {
      var ev = g.events[0];
      var holder = el('div', {cls: 'fl-event-icon', attrs: {'data-place-id': g.place_id, 'data-action': ev.action}},
                      [symbol(ctx, ev.action, colourOf(ctx, ev.side), 16)]);
      if (g.events.length > 1) holder.appendChild(el('span', {cls: 'fl-event-count', text: g.events.length}));
      var icon = L.divIcon({html: holder, className: 'fl-event', iconSize: [16, 16], iconAnchor: [-4, 18]});
      var m = L.marker([g.lat, g.lon], {icon: icon, keyboard: false, riseOnHover: true});
      m.bindPopup(function () { return eventsPopup(ctx, g); }, {maxWidth: 340, className: 'fl-leaflet-popup'});
      m.bindTooltip(el('span', {text: g.name + ': ' + g.events.length + ' event' + (g.events.length > 1 ? 's' : '')}),
                    {direction: 'top', className: 'fl-tooltip'});
      m.addTo(group);
    });
    return group;
  };

  /** Cells that changed hands (diff map): outlined, filled with the gaining side's colour. */
  F.changes = function (map, data) {
    var ctx = ctxOf(map);
    var byPlace = {};
    var group = L.geoJSON(data.cells, {
      pane: data.pane || 'overlayPane', className: 'fl-changed',
      style: function (f) {
        return {color: '#111111', weight: 2.5, opacity: 1, fillColor: colourOf(ctx, f.properties.to),
                fillOpacity: 0.85};
      },
      onEachFeature: function (f, layer) {
        var pr = f.properties;
        tagPath(layer, {'data-place-id': pr.p, 'data-from': pr.from, 'data-to': pr.to});
        (byPlace[pr.p] = byPlace[pr.p] || []).push(layer);
        layer.bindTooltip(function () {
          return el('div', {cls: 'fl-tip'}, [el('strong', {text: pr.n || pr.p}),
            el('div', {text: sideName(ctx, pr.from) + ' → ' + sideName(ctx, pr.to)}),
            el('div', {cls: 'fl-muted', text: fmtInt(pr.a) + ' km² · ' + people(pr.pop) + ' people'})]);
        }, {sticky: true, direction: 'top', className: 'fl-tooltip'});
        layer.on('click', function (e) { F.openPlace(map, pr.p, e.latlng); });
      }
    });
    var list = document.querySelectorAll('[data-fl-goto]');
    Array.prototype.forEach.call(list, function (b) {
      b.addEventListener('click', function () {
        var layers = byPlace[b.getAttribute('data-fl-goto')] || [];
        if (!layers.length) return;
        var bounds = L.featureGroup(layers).getBounds();
        map.fitBounds(bounds, {maxZoom: 9, padding: [40, 40]});
        F.openPlace(map, b.getAttribute('data-fl-goto'));
      });
    });
    return group;
  };

  /** Static name labels (timeline): a small dot and the name of each main town. */
  F.labels = function (map, data) {
    var group = L.featureGroup();
    data.places.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], {pane: data.pane || 'overlayPane', radius: 2.5, color: '#222222',
                                             weight: 1, fillColor: '#ffffff', fillOpacity: 1, interactive: false,
                                             className: 'fl-label-dot'});
      m.bindTooltip(el('span', {text: p.name}), {permanent: true, direction: 'right', offset: [3, 0],
                                                 className: 'fl-label', interactive: false});
      m.addTo(group);
    });
    return group;
  };

  // ------------------------------------------------------------------ search
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
      .toLowerCase().replace(/[’'`ʿʾ\-_.]/g, ' ').replace(/\s+/g, ' ').trim();
  }

  /** The place search box: type a name (any spelling the gazetteer knows), pick a result. */
  F.search = function (map, data) {
    var box = document.getElementById(data.id);
    if (!box) return null;
    var input = box.querySelector('input');
    var list = box.querySelector('ul');
    var entries = Object.keys(ctxOf(map).places).map(function (pid) {
      var p = ctxOf(map).places[pid];
      var alt = [p.name_ar].concat(p.names || []).filter(function (x) { return x && x !== p.name; });
      return {id: p.id, name: p.name, keys: [fold(p.name)].concat(alt.map(fold)), alt: alt};
    });
    function show(results) {
      while (list.firstChild) list.removeChild(list.firstChild);
      results.forEach(function (r, k) {
        var li = el('li', {attrs: {role: 'option', 'data-place-id': r.e.id, tabindex: '-1'}},
                    [el('span', {text: r.e.name})]);
        if (r.via) li.appendChild(el('span', {cls: 'fl-muted', text: ' (' + r.via + ')'}));
        if (k === 0) li.classList.add('fl-active');
        li.addEventListener('mousedown', function (ev) { ev.preventDefault(); go(r.e.id); });
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
    }
    function go(pid) {
      var p = ctxOf(map).places[pid];
      if (!p) return;
      map.setView([p.lat, p.lon], Math.max(map.getZoom(), 9));
      F.openPlace(map, pid);
      list.hidden = true;
      input.blur();
    }
    function find(q) {
      var k = fold(q);
      if (!k) return [];
      var out = [];
      entries.forEach(function (e) {
        var best = -1, via = null;
        e.keys.forEach(function (key, i) {
          var pos = key.indexOf(k);
          if (pos < 0) return;
          var score = (pos === 0 ? 2 : 1) + (i === 0 ? 1 : 0);
          if (score > best) { best = score; via = i === 0 ? null : e.alt[i - 1]; }
        });
        if (best >= 0) out.push({e: e, score: best, via: via});
      });
      out.sort(function (a, b) { return b.score - a.score || a.e.name.localeCompare(b.e.name); });
      return out.slice(0, 8);
    }
    input.addEventListener('input', function () { show(find(input.value)); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        var first = list.querySelector('li');
        if (first) go(first.getAttribute('data-place-id'));
      } else if (ev.key === 'Escape') {
        list.hidden = true;
      }
    });
    input.addEventListener('blur', function () { setTimeout(function () { list.hidden = true; }, 150); });
    F.panel(map, {id: data.id, position: data.position || 'topleft'});
    return {find: find, go: go};
  };

  // ------------------------------------------------------------------ timeline
  /** Index of the last period starting at or before ``i`` in a flat [start, side, contested, ...] list. */
  function periodAt(flat, i) {
    var lo = 0, hi = flat.length / 3 - 1, ans = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (flat[mid * 3] <= i) { ans = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return ans * 3;
  }
  F.periodAt = periodAt;

  /** The timeline: one geometry per cell, re-styled for the slider's date from the periods. */
  F.timeline = function (map, data) {
    var ctx = ctxOf(map);
    var sides = data.sides;
    var n = data.dates.length;
    var panel = document.getElementById(data.panel);
    var slider = panel.querySelector('input[type=range]');
    var label = panel.querySelector('[data-fl-date]');
    var play = panel.querySelector('button[data-fl-play]');
    var rows = {};
    Array.prototype.forEach.call(panel.querySelectorAll('[data-fl-side]'), function (r) {
      rows[r.getAttribute('data-fl-side')] = r;
    });
    var hatches = [];
    var group = L.featureGroup();
    var cells = L.geoJSON(data.cells, {
      pane: data.pane || 'overlayPane', className: 'fl-cell',
      style: function () { return {color: '#ffffff', weight: 0.5, opacity: 0.8, fillOpacity: 0.6}; },
      onEachFeature: function (f, layer) {
        var pr = f.properties;
        var place = data.places[pr.p];
        tagPath(layer, {'data-place-id': place[0], 'data-cell-id': pr.c});
        layer.bindTooltip(function () {
          var st = api.stateOf(pr.p);
          return el('div', {cls: 'fl-tip'}, [el('strong', {text: place[1]}),
            el('div', {text: 'Held by ' + sideName(ctx, st.side) + (st.contested ? ' (contested)' : '') +
                              ' on ' + data.dates[api.index]}),
            el('div', {cls: 'fl-muted', text: fmtInt(pr.a) + ' km²'})]);
        }, {sticky: true, direction: 'top', className: 'fl-tooltip'});
      }
    });
    var hatch = L.geoJSON(data.cells, {
      pane: data.hatchPane || data.pane || 'overlayPane', interactive: false, className: 'fl-contested',
      style: function () {
        return {color: '#222222', weight: 1.2, dashArray: '4 3', opacity: 0, fillColor: 'url(#fl-hatch)',
                fillOpacity: 0};
      },
      onEachFeature: function (f, layer) { hatches.push(layer); }
    });
    cells.addTo(group);
    hatch.addTo(group);
    var layers = cells.getLayers();
    var shown = layers.map(function () { return [-1, -1]; });

    var api = {
      index: -1, dates: data.dates, timer: null,
      stateOf: function (p) {
        var flat = data.periods[p];
        var k = periodAt(flat, api.index);
        return {side: sides[flat[k + 1]], contested: flat[k + 2] === 1};
      },
      setIndex: function (i) {
        i = Math.max(0, Math.min(n - 1, i | 0));
        api.index = i;
        var km2 = {};
        sides.forEach(function (s) { km2[s] = 0; });
        layers.forEach(function (layer, c) {
          var pr = layer.feature.properties;
          var flat = data.periods[pr.p];
          var k = periodAt(flat, i);
          var code = flat[k + 1], cont = flat[k + 2];
          km2[sides[code]] += pr.a;
          if (shown[c][0] !== code) {
            layer.setStyle({fillColor: colourOf(ctx, sides[code])});
            var e = layer.getElement && layer.getElement();
            if (e) e.setAttribute('data-side', sides[code]);
          }
          if (shown[c][1] !== cont) {
            hatches[c].setStyle(cont ? {opacity: 0.9, fillOpacity: 1} : {opacity: 0, fillOpacity: 0});
            var h = layer.getElement && layer.getElement();
            if (h) h.setAttribute('data-contested', cont ? '1' : '0');
          }
          shown[c] = [code, cont];
        });
        if (String(slider.value) !== String(i)) slider.value = String(i);
        label.textContent = data.labels ? data.labels[i] : data.dates[i];
        label.setAttribute('datetime', data.dates[i]);
        Object.keys(rows).forEach(function (s) {
          var r = rows[s];
          var v = km2[s] || 0;
          r.querySelector('[data-fl-km2]').textContent = fmtInt(v) + ' km²';
          r.querySelector('[data-fl-pct]').textContent = (100 * v / data.total_km2).toFixed(1) + ' %';
        });
        map.fire('frontline:date', {index: i, date: data.dates[i]});
        return data.dates[i];
      },
      setDate: function (iso) {
        var lo = 0, hi = n - 1, ans = 0;
        while (lo <= hi) {
          var mid = (lo + hi) >> 1;
          if (data.dates[mid] <= iso) { ans = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return api.setIndex(ans);
      },
      /** The side id shown for a place on the current date (for tests and the console). */
      sideOf: function (pid) {
        for (var p = 0; p < data.places.length; p++) {
          if (data.places[p][0] === pid) return api.stateOf(p).side;
        }
        return null;
      },
      play: function () {
        if (api.timer) return;
        if (api.index >= n - 1) api.setIndex(0);
        play.textContent = '❚❚ Pause';
        play.setAttribute('aria-pressed', 'true');
        api.timer = setInterval(function () {
          if (api.index >= n - 1) { api.pause(); return; }
          api.setIndex(api.index + 1);
        }, data.interval || 120);
      },
      pause: function () {
        if (api.timer) clearInterval(api.timer);
        api.timer = null;
        play.textContent = '▶ Play';
        play.setAttribute('aria-pressed', 'false');
      }
    };
    slider.min = '0';
    slider.max = String(n - 1);
    slider.addEventListener('input', function () { api.pause(); api.setIndex(parseInt(slider.value, 10)); });
    play.addEventListener('click', function () { if (api.timer) api.pause(); else api.play(); });
    group.on('add', function () { api.setIndex(api.index < 0 ? (data.initial || 0) : api.index); });
    F.panel(map, {id: data.panel, position: 'bottomleft'});
    root.frontlineTimeline = api;
    return group;
  };

  root.Frontline = F;
})(window);
