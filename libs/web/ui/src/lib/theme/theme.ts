// The Italian public sector's look: Bootstrap Italia 2, whose CSS names the Titillium Web, Lora and Roboto
// Mono families but ships no @font-face for them; the three families bundled from @fontsource in the weights
// Bootstrap Italia uses, latin and latin-ext subsets only (the browser fetches a subset only when a page
// shows one of its characters); and the few rules of our own.
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '@fontsource/titillium-web/300.css';
import '@fontsource/titillium-web/400.css';
import '@fontsource/titillium-web/400-italic.css';
import '@fontsource/titillium-web/600.css';
import '@fontsource/titillium-web/700.css';
import '@fontsource/lora/latin-400.css';
import '@fontsource/lora/latin-ext-400.css';
import '@fontsource/lora/latin-700.css';
import '@fontsource/lora/latin-ext-700.css';
import '@fontsource/roboto-mono/latin-400.css';
import '@fontsource/roboto-mono/latin-ext-400.css';
import '@fontsource/roboto-mono/latin-700.css';
import '@fontsource/roboto-mono/latin-ext-700.css';
import './shell.css';
