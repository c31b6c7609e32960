import { render } from 'preact';
import { z } from 'zod';
import { App } from './App';
import '@/components/ui.css';

// Extension pages forbid eval by CSP; tell zod not to try compiling validators.
z.config({ jitless: true });

render(<App params={new URLSearchParams(location.search)} />, document.getElementById('app')!);
