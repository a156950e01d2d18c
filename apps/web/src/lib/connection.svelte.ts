/** The state of the live (websocket) connection, shown in the header. */
export type LiveStatus = "connecting" | "connected" | "reconnecting";

class LiveConnection {
  status = $state<LiveStatus>("connecting");
  /** Set once the socket has been up, so a drop reads "reconnecting" rather than "connecting". */
  wasConnected = false;
}

export const liveConnection = new LiveConnection();
