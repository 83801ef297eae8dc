// The only file that touches the page at start-up: mounts the explorer into #app.
import './early.ts'; // first: sends the start view's requests before the modules below are evaluated
import './styles.css';
import { startExplorer } from './explorer.ts';

startExplorer(document.getElementById('app')!);
