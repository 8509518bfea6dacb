import { installPopover } from '@/utils/inpage/popover/install';

/**
 * The popover (person and company cards, save preview, forms). Not loaded with the page: the
 * background injects it into a frame the first time a badge there is opened.
 */
export default defineUnlistedScript(() => {
  installPopover();
});
