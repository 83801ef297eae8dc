// The only file that touches the page at start-up: mounts the explorer into #app.
import './styles.css';
import { startExplorer } from './app.ts';

startExplorer(document.getElementById('app')!);
