import { render } from "preact";
import { App } from "./App";
import { startOffline } from "./offline/status";
import "./styles.css";

render(<App />, document.getElementById("app")!);
startOffline();
