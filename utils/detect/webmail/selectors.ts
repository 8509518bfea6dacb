/**
 * Webmail selectors, structure first and classes last, with the date each was last checked against the
 * markup modelled in tests/fixtures/webmail.
 */

/** 2026-01: Gmail marks people with an `email` attribute (and `name`), hovercards with data-hovercard-id. */
export const GMAIL = {
  person: '[email]',
  hovercard: '[data-hovercard-id*="@"]',
  main: '[role="main"]',
  // The open thread: its subject is the main h2; messages are list items.
  subject: 'h2',
  message: '[role="listitem"]',
  /** The sender sits in the message header's h3; recipients in the row below. */
  senderHeading: 'h3',
  senderClass: '.gD',
  recipientClass: '.g2',
  body: '.a3s, [data-message-body]',
  signature: '[data-smartmail="gmail_signature"], .gmail_signature',
  quotes: '.gmail_quote, blockquote, .gmail_extra, .yj6qo',
  ccLabel: /^(cc|bcc|Cc|CC)\s*[:：]?$/,
};

/** 2026-01: Outlook on the web labels the header rows for screen readers; persona buttons carry names. */
export const OUTLOOK = {
  readingPane: '[aria-label="Reading Pane"], [aria-label="閲覧ウィンドウ"], [aria-label="Reading pane"]',
  body: '[aria-label="Message body"], [aria-label="メッセージ本文"]',
  from: /^(From|差出人|送信者)\s*[:：]\s*/i,
  to: /^(To|宛先)\s*[:：]\s*/i,
  cc: /^(Cc|CC)\s*[:：]\s*/i,
  signature: '#Signature, [id^="Signature"], [id$="_Signature"], .elementToProof#Signature',
  quotes: '#divRplyFwdMsg, #appendonsend, blockquote, [id^="divRplyFwdMsg"]',
  titleSignal: /Outlook/i,
  accountTitle: /^(?:Mail|メール)\s+-\s+(.+?)\s+-\s+Outlook/,
  pathSignal: /^\/(owa|mail)\b/i,
};
