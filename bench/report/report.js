// Turns the JSON lines the benchmarks append to $BENCH_RESULTS into a markdown report and a PNG chart.
// Usage: node report.js <results.jsonl> <results.md> <chart.png> [header line ...]
// Chart: Apache ECharts rendered server-side to SVG, rasterised with resvg.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const echarts = require('echarts');
const { Resvg } = require('@resvg/resvg-js');

const [input, markdownPath, pngPath, ...preamble] = process.argv.slice(2);
if (!input || !markdownPath || !pngPath) {
    console.error('usage: node report.js <results.jsonl> <results.md> <chart.png> [header line ...]');
    process.exit(2);
}

const records = fs.readFileSync(input, 'utf8').replace(/\uFEFF/g, '').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
        return JSON.parse(l);
    } catch {
        throw new Error(`${input}:${i + 1} is not JSON`);
    }
});

// section -> { names: [..], metrics: [..], cells: Map(name|metric -> record), notes: [..] }
const sections = new Map();
for (const r of records) {
    if (!sections.has(r.section)) {
        sections.set(r.section, { names: [], metrics: [], cells: new Map(), notes: [] });
    }
    const s = sections.get(r.section);
    if (r.metric === 'note') {
        s.notes.push(r.name);
        continue;
    }
    if (!s.names.includes(r.name)) s.names.push(r.name);
    if (!s.metrics.includes(r.metric)) s.metrics.push(r.metric);
    s.cells.set(`${r.name}|${r.metric}`, r);
}

function format(r, withUnit) {
    if (!r) return '';
    const v = r.value;
    const digits = r.unit === 'MiB' || r.unit === 'x' ? 1
        : r.unit === '%' || r.unit === 'turns/s' || r.unit === '/s' ? 0
        : r.unit === 'ms' ? (v >= 100 ? 0 : v >= 10 ? 1 : 2)
        : Number.isInteger(v) ? 0 : 2;
    const text = v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    if (r.unit === '%' || r.unit === 'x') return `${text}${r.unit}`;
    return withUnit && r.unit ? `${text} ${r.unit}` : text;
}

// A column's unit goes in its header when every row has the same one, otherwise beside each value.
function columnUnit(s, metric) {
    const units = new Set(s.names.map((name) => s.cells.get(`${name}|${metric}`)).filter(Boolean).map((r) => r.unit));
    return units.size === 1 ? [...units][0] : null;
}

function header(s, metric) {
    const unit = columnUnit(s, metric);
    return unit && unit !== '%' && unit !== 'x' && unit !== metric ? `${metric} (${unit})` : metric;
}

const lines = [...preamble, ''];
for (const [title, s] of sections) {
    if (title.endsWith(' series')) continue;
    lines.push(`### ${title}`, '');
    if (s.names.length > 0) {
        lines.push(`| | ${s.metrics.map((m) => header(s, m)).join(' | ')} |`);
        lines.push(`|---|${s.metrics.map(() => '---:').join('|')}|`);
        for (const name of s.names) {
            lines.push(`| ${name} | ${s.metrics.map((m) => format(s.cells.get(`${name}|${m}`), columnUnit(s, m) === null)).join(' | ')} |`);
        }
        lines.push('');
    }
    for (const note of s.notes) lines.push(`- ${note}`);
    if (s.notes.length > 0) lines.push('');
}
fs.mkdirSync(path.dirname(markdownPath), { recursive: true });
fs.writeFileSync(markdownPath, lines.join('\n'));

// ---- chart: four panels
const value = (section, name, metric) => sections.get(section)?.cells.get(`${name}|${metric}`)?.value ?? null;
const short = (name) => name.replace(/ \(.*\)$/, '').replace('CoopAssistant, ', 'CoopAssistant ');
const turns = sections.get('Turns') ?? { names: [] };
const endpoints = turns.names.filter((n) => value('Turns', n, 'turns/s') !== null);
const soak = sections.get('Soak series') ?? { names: [] };
const claims = sections.get('Claims') ?? { names: [] };

// Latencies span 0.1 ms to seconds: bars on a log scale from 0.1 ms (a linear axis of log10(v / 0.1), labelled in ms),
// so values below 1 ms still rise from the baseline.
const logFloor = 0.1;
const logBar = (v) => (v === null ? null : { value: Math.log10(Math.max(v, logFloor) / logFloor), raw: v });
const logAxisLabel = (v) => {
    const ms = logFloor * 10 ** v;
    return ms >= 1 ? ms.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(ms);
};
const rawLabel = (p) => (p.data.raw >= 10 ? p.data.raw.toFixed(0) : p.data.raw.toFixed(1));
const logAxis = (gridIndex) => ({ gridIndex, type: 'value', min: 0, max: (extent) => Math.ceil(extent.max), interval: 1, axisLabel: { formatter: logAxisLabel } });

const width = 1400;
const height = 1000;
const grids = [
    { left: 230, top: 80, width: 400, height: 330 },
    { left: 900, top: 80, width: 440, height: 330 },
    { left: 90, top: 590, width: 520, height: 320 },
    { left: 900, top: 590, width: 440, height: 320 },
];
const option = {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: 'DejaVu Sans, sans-serif' },
    title: [
        { text: 'Turns per second (closed loop, 32 clients)', left: 230, top: 20, textStyle: { fontSize: 16 } },
        { text: 'Turn latency at max load (ms, log)', left: 900, top: 20, textStyle: { fontSize: 16 } },
        { text: 'Soak: CoopAssistant resources over time', left: 90, top: 510, textStyle: { fontSize: 16 } },
        { text: 'Claims: query latency at the seeded volume (ms, log)', left: 900, top: 510, textStyle: { fontSize: 16 } },
    ],
    legend: [
        { data: ['p50', 'p99'], left: 900, top: 45 },
        { data: ['heap MiB', 'working set MiB', 'handles', 'threads'], left: 90, top: 540 },
        { data: ['SQLite p50', 'SQLite p99', 'PostgreSQL p50', 'PostgreSQL p99'], left: 900, top: 540 },
    ],
    grid: grids,
    xAxis: [
        { gridIndex: 0, type: 'value', name: 'turns/s', nameLocation: 'middle', nameGap: 28 },
        { gridIndex: 1, type: 'category', data: endpoints.map(short), axisLabel: { interval: 0, width: 100, overflow: 'break' } },
        { gridIndex: 2, type: 'value', name: 'minutes', nameLocation: 'middle', nameGap: 28, min: 0 },
        { gridIndex: 3, type: 'category', data: [], axisLabel: { interval: 0, width: 140, overflow: 'break' } },
    ],
    yAxis: [
        { gridIndex: 0, type: 'category', data: endpoints.map(short), inverse: true, axisLabel: { width: 210, overflow: 'break' } },
        logAxis(1),
        { gridIndex: 2, type: 'value', name: 'MiB' },
        logAxis(3),
        { gridIndex: 2, type: 'value', name: 'count', position: 'right' },
    ],
    series: [],
};
option.series.push({
    type: 'bar', xAxisIndex: 0, yAxisIndex: 0, name: 'turns/s',
    data: endpoints.map((n) => Math.round(value('Turns', n, 'turns/s'))),
    label: { show: true, position: 'right' },
    itemStyle: { color: '#5470c6' },
});
for (const [metric, color] of [['p50 at max', '#91cc75'], ['p99 at max', '#ee6666']]) {
    option.series.push({
        type: 'bar', xAxisIndex: 1, yAxisIndex: 1, name: metric.split(' ')[0], itemStyle: { color },
        data: endpoints.map((n) => logBar(value('Turns', n, metric))),
        label: { show: true, position: 'top', formatter: rawLabel },
    });
}
for (const [metric, label, axis, color] of [
    ['heap', 'heap MiB', 2, '#5470c6'], ['working set', 'working set MiB', 2, '#91cc75'],
    ['handles', 'handles', 4, '#fac858'], ['threads', 'threads', 4, '#ee6666'],
]) {
    option.series.push({
        type: 'line', xAxisIndex: 2, yAxisIndex: axis, name: label, showSymbol: false, itemStyle: { color },
        data: soak.names.map((n) => [Number(n), value('Soak series', n, metric)]),
    });
}
const queries = [...new Set(claims.names.map((n) => n.replace(/^[^:]*: /, '')))];
option.xAxis[3].data = queries;
for (const [provider, metric, color] of [
    ['SQLite', 'p50', '#73c0de'], ['SQLite', 'p99', '#3ba272'], ['PostgreSQL', 'p50', '#fc8452'], ['PostgreSQL', 'p99', '#9a60b4'],
]) {
    option.series.push({
        type: 'bar', xAxisIndex: 3, yAxisIndex: 3, name: `${provider} ${metric}`, itemStyle: { color },
        data: queries.map((q) => logBar(value('Claims', `${provider}: ${q}`, metric))),
        label: { show: true, position: 'top', fontSize: 10, formatter: rawLabel },
    });
}

const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
chart.setOption(option);
const svg = chart.renderToSVGString();
chart.dispose();
const png = new Resvg(svg, { background: 'white', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
fs.writeFileSync(pngPath, png);
console.log(`wrote ${markdownPath} and ${pngPath}`);
