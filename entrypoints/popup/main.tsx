import { render } from 'preact';

render(<p>Ofsted Lens</p>, document.getElementById('app')!);
