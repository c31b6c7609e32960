import { render } from 'preact';
import { App } from './App';
import '@/components/ui.css';

render(<App params={new URLSearchParams(location.search)} />, document.getElementById('app')!);
