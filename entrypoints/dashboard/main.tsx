import { render } from 'preact';

function App() {
  return <main>Meishi dashboard</main>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
