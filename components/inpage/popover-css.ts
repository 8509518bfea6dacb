/** Popover styles: px only, inside our closed shadow root; one fixed size (see utils/inpage/isolation.ts). */
export const POPOVER_WIDTH = 360;
export const POPOVER_HEIGHT = 460;

export const POPOVER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.p {
  position: absolute; inset: 0; display: flex; flex-direction: column; overflow: hidden;
  background: #fff; color: #111827; border: 1px solid #d1d5db; border-radius: 12px;
  box-shadow: 0 12px 32px rgba(17,24,39,.18), 0 2px 6px rgba(17,24,39,.08);
  font: 400 13px/18px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  text-align: left; letter-spacing: 0;
}
.hd { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 8px 16px; border-bottom: 1px solid #f3f4f6; }
.hd h2 { flex: 1; margin: 0; font-size: 16px; line-height: 22px; font-weight: 650; overflow-wrap: anywhere; outline: none; }
.sub { display: block; font-size: 12px; line-height: 16px; font-weight: 400; color: #4b5563; margin-top: 2px; }
.x { all: initial; cursor: pointer; width: 28px; height: 28px; border-radius: 6px; display: flex; align-items: center;
  justify-content: center; font: 400 18px/1 system-ui, sans-serif; color: #6b7280; }
.x:hover { background: #f3f4f6; }
.bd { flex: 1; overflow-y: auto; padding: 10px 16px 12px; }
.ft { display: flex; flex-wrap: wrap; gap: 6px; padding: 10px 12px; border-top: 1px solid #f3f4f6; background: #fafafa; }
h3 { margin: 12px 0 6px; font-size: 11px; line-height: 14px; font-weight: 650; color: #6b7280; }
h3:first-child { margin-top: 2px; }
section { margin-top: 12px; } section:first-child { margin-top: 0; }
dl { margin: 0; display: grid; grid-template-columns: 72px 1fr; gap: 4px 8px; }
dt { color: #6b7280; font-size: 12px; }
dd { margin: 0; overflow-wrap: anywhere; }
dd span[title], dd a[title] { cursor: help; }
a { color: #1d4ed8; text-decoration: none; }
a:hover { text-decoration: underline; }
ul { list-style: none; margin: 0; padding: 0; }
.tm { display: grid; grid-template-columns: 28px 1fr; gap: 2px 8px; padding: 6px 0; border-bottom: 1px solid #f3f4f6; }
.tm:last-child { border-bottom: 0; }
.av { grid-row: span 2; width: 28px; height: 28px; border-radius: 14px; background: #4338ca; color: #fff; display: flex;
  align-items: center; justify-content: center; font-size: 11px; font-weight: 700; }
.av.sig { background: #9ca3af; }
.av.me { background: #059669; }
.who { font-weight: 600; }
.band { font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 8px; margin-left: 6px; }
.band-strong { background: #dcfce7; color: #166534; } .band-medium { background: #fef9c3; color: #854d0e; } .band-weak { background: #f3f4f6; color: #4b5563; }
.ev { color: #4b5563; font-size: 12px; }
.muted { color: #6b7280; }
.note { padding: 8px 10px; border-radius: 8px; background: #eff6ff; color: #1e3a8a; margin: 6px 0; }
.note.warn { background: #fffbeb; color: #78350f; }
.note.err { background: #fef2f2; color: #991b1b; }
.btn { all: initial; cursor: pointer; display: inline-flex; align-items: center; height: 28px; padding: 0 10px; border-radius: 6px;
  border: 1px solid #d1d5db; background: #fff; color: #111827; font: 500 12px/1 system-ui, -apple-system, "Hiragino Sans", sans-serif; }
.btn:hover { background: #f9fafb; }
.btn.pri { background: #4338ca; border-color: #4338ca; color: #fff; }
.btn.pri:hover { background: #3730a3; }
.btn:disabled { opacity: .5; cursor: default; }
.btn:focus-visible, .x:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, .opt:focus-visible {
  outline: 2px solid #1d4ed8; outline-offset: 1px; }
form { margin: 0; }
label { display: block; margin: 8px 0 2px; font-size: 12px; color: #374151; font-weight: 500; }
input, select, textarea { all: initial; box-sizing: border-box; width: 100%; min-height: 28px; padding: 4px 8px; border: 1px solid #d1d5db;
  border-radius: 6px; background: #fff; color: #111827; font: 400 13px/18px system-ui, -apple-system, "Hiragino Sans", sans-serif; }
textarea { min-height: 56px; white-space: pre-wrap; }
.row { display: flex; gap: 8px; } .row > * { flex: 1; }
.multi { display: flex; gap: 4px; margin-bottom: 4px; } .multi input { flex: 1; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 4px; }
.chip { display: inline-flex; align-items: center; gap: 2px; padding: 0 4px 0 8px; height: 22px; border-radius: 11px; background: #eef2ff; color: #3730a3; font-size: 12px; }
.chip button { all: initial; cursor: pointer; width: 16px; text-align: center; color: #6366f1; font: 400 13px/1 system-ui, sans-serif; }
.lb { position: relative; }
.lb ul { position: absolute; z-index: 1; left: 0; right: 0; top: 100%; margin-top: 2px; background: #fff; border: 1px solid #d1d5db;
  border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.1); max-height: 120px; overflow-y: auto; }
.opt { display: block; padding: 4px 8px; cursor: pointer; }
.opt[aria-selected="true"] { background: #eef2ff; }
.radio { display: flex; gap: 6px; align-items: center; margin: 4px 0; font-weight: 400; }
.radio input { all: revert; margin: 0; }
.ppl li { padding: 6px 0; border-bottom: 1px solid #f3f4f6; }
.ppl li:last-child { border-bottom: 0; }
.chipline { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 2px; }
.mini { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; color: #374151; }
.mini b { display: inline-flex; width: 18px; height: 18px; border-radius: 9px; background: #4338ca; color: #fff; font-size: 9px; align-items: center; justify-content: center; }
.mini b.sig { background: #9ca3af; }
.sticky { position: sticky; bottom: -12px; margin: 12px -16px -12px; }
.big { font-size: 15px; font-weight: 600; margin: 2px 0 8px; }
`;
