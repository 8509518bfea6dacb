/**
 * Badge styles, in px only (the page's root font size must not scale us) and scoped to our closed
 * shadow root. Every state is the same 20×20 circle, so the clickable box never reveals the state.
 */
export const BADGE_CSS = `
:host { all: initial; }
.w { position: absolute; left: 0; top: 0; width: 20px; height: 20px; opacity: 0; pointer-events: none; }
.w.float, .w.flow { opacity: 1; pointer-events: auto; }
.w.flow { left: 4px; top: 1px; }
.b {
  all: initial; box-sizing: border-box; position: relative; display: flex; align-items: center;
  justify-content: center; width: 20px; height: 20px; border-radius: 10px; cursor: pointer;
  font: 700 10px/1 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif;
  letter-spacing: 0; color: #fff; user-select: none; transition: transform 120ms ease-out;
}
.b:hover { transform: scale(1.1); }
.b:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.b-new { background: rgba(255,255,255,.9); border: 1px solid #9ca3af; color: #4b5563; font-size: 14px; font-weight: 500; }
.b-saved { background: #059669; font-size: 12px; }
.b-known { background: #4338ca; }
.n {
  position: absolute; top: -6px; right: -8px; min-width: 12px; height: 12px; padding: 0 3px;
  box-sizing: border-box; border-radius: 6px; background: #f59e0b; color: #111827; font-size: 8px;
  line-height: 12px; text-align: center; pointer-events: none;
}
.blocked { pointer-events: none; }
`;
