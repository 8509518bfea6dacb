export { gmailSite, detectGmail } from './gmail';
export { outlookSite, detectOutlook, isOutlook } from './outlook';
export { parseSignature, signatureLines, type Signature } from './signature';
