// Sends the start view's requests the moment the page runs. main.ts imports this module first: modules run in import
// order, so the requests are in flight while the graph library and the rest of the explorer are still starting up.
import { decodeState } from './state/url-state.ts';
import { prefetchOverview } from './panels/overview-data.ts';

const start = decodeState(location.search);
// the overview is the first panel only on the explore view with nothing selected (else details or another view)
if (start.view === 'explore' && !start.selected) prefetchOverview();
