"""matplotlib figure builders (no Qt): the GUI embeds them with QtAgg, exports draw them with Agg."""
